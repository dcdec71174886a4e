/** Creating an organisation with its first representative, from its own form or a staff one. */
import type { Db } from '../database.ts';
import {
  identityErrors,
  inviteOrgUser,
  orgUserEmailTaken,
  type OrgUserDeps,
} from '../identity/service.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { AppError } from '../platform/errors.ts';
import {
  createOrganisation,
  ORGANISATION_FIELDS,
  organisationErrors,
  registrationNumberTaken,
  type FormErrors,
  type OrganisationCreator,
  type OrganisationForm,
} from '../agreements/service.ts';

/** Keeps only the form's own fields, as typed, for redisplay. */
export function organisationFormValues(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(ORGANISATION_FIELDS.map((f) => [f, (fields[f] ?? '').slice(0, 500)]));
}

/**
 * Checks what can be checked before writing: the register number and the representative's
 * address must be new. The writes check again (unique keys), for two forms sent at once.
 */
export async function duplicateErrors(db: Db, form: OrganisationForm): Promise<FormErrors> {
  const errors: FormErrors = {};
  if (await registrationNumberTaken(db, form.registrationNumber)) {
    errors.registrationNumber = organisationErrors.organisation_exists;
  }
  if (await orgUserEmailTaken(db, form.representativeEmail)) {
    errors.representativeEmail = identityErrors.org_user_email_taken;
  }
  return errors;
}

/** The refusals of the writes, as errors of the form's fields. */
export function fieldErrorOf(error: unknown): FormErrors | null {
  if (!(error instanceof AppError)) return null;
  if (error.code === organisationErrors.organisation_exists.code) {
    return { registrationNumber: error.definition };
  }
  if (error.code === identityErrors.org_user_email_taken.code) {
    return { representativeEmail: error.definition };
  }
  return null;
}

/** The organisation, its contact and its first representative (invited, responsible), at once. */
export async function createWithRepresentative(
  db: Db,
  userDeps: OrgUserDeps,
  form: OrganisationForm,
  creator: OrganisationCreator,
): Promise<{ id: number }> {
  return inTransaction(db, (trx) => createWithRepresentativeIn(trx, userDeps, form, creator));
}

/**
 * The same in the caller's transaction: a staff form claims its one-time token in it, so a
 * resent form creates nothing more (docs/decisions/0018).
 */
export async function createWithRepresentativeIn(
  trx: Db,
  userDeps: OrgUserDeps,
  form: OrganisationForm,
  creator: OrganisationCreator,
): Promise<{ id: number }> {
  const { id } = await createOrganisation(trx, userDeps.clock, form, creator);
  // The first representative manages the users until a representative names someone else.
  await inviteOrgUser(
    trx,
    userDeps,
    {
      organisationId: id,
      organisationName: form.name,
      name: form.representativeName,
      email: form.representativeEmail,
      role: 'representative',
      responsible: true,
    },
    creator.kind === 'staff' ? { kind: 'staff', staffId: creator.staffId } : { kind: 'system' },
  );
  return { id };
}
