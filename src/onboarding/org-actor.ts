import type { FastifyRequest } from 'fastify';
import { AppError, platformErrors } from '../platform/errors.ts';
import { principalOf } from '../platform/http/auth.ts';
import type { OrgActor } from './requests.ts';

/** Requests are a representative's work; the organisation's browser users are refused. */
export function representative(request: FastifyRequest): OrgActor {
  const me = principalOf(request, 'org_user');
  if (me.role !== 'representative') throw new AppError(platformErrors.forbidden);
  return { orgUserId: me.orgUserId, organisationId: me.organisationId, name: me.name };
}
