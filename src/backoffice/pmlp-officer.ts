import type { FastifyRequest } from 'fastify';
import { AppError } from '../platform/errors.ts';
import { principalOf } from '../platform/http/auth.ts';
import { backofficeErrors } from './errors.ts';

/** Organisations' agreements and tariffs are the register authority's work; other staff are refused. */
export function pmlpOfficer(request: FastifyRequest) {
  const me = principalOf(request, 'staff');
  if (me.role !== 'pmlp_officer') {
    throw new AppError(backofficeErrors.role_required, {
      role: 'Pilsonības un migrācijas lietu pārvaldes / Office of Citizenship and Migration Affairs',
    });
  }
  return me;
}
