import type { FastifyRequest } from 'fastify';
import { AppError } from '../platform/errors.ts';
import { principalOf } from '../platform/http/auth.ts';
import { backofficeErrors } from './errors.ts';

/** Organisations' work is the register authority's; other staff are refused. */
export function pmlpOfficer(request: FastifyRequest) {
  const me = principalOf(request, 'staff');
  if (me.role !== 'pmlp_officer') {
    throw new AppError(backofficeErrors.role_required, { role: 'PMLP' });
  }
  return me;
}
