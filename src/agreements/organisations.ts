import type { Db } from '../database.ts';
import { appendAudit } from '../platform/audit/audit-log.ts';
import { AppError } from '../platform/errors.ts';
import type { Text } from '../platform/i18n/locale.ts';
import { isMailAddress } from '../platform/mail/message.ts';
import type { Clock } from '../platform/time/riga.ts';
import { organisationErrors } from './organisation-errors.ts';
import * as store from './organisation-store.ts';
import { isValidRegistrationNumber, normaliseRegistrationNumber } from './registration-number.ts';
import type { LegalForm } from './tables.ts';
import { organisationFormErrorTexts } from './texts/organisation-form.ts';

/**
 * Organisations that receive register data: registered by themselves (counted once their
 * representative confirmed the e-mail by setting up the account) or by PMLP staff.
 */

export interface OrganisationForm {
  registrationNumber: string;
  name: string;
  legalForm: LegalForm;
  address: string;
  email: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  representativeName: string;
  representativeEmail: string;
}

/** Field names of the form, in the order the form and the check-answers page show them. */
export const ORGANISATION_FIELDS = [
  'registrationNumber',
  'name',
  'legalForm',
  'address',
  'email',
  'contactName',
  'contactEmail',
  'contactPhone',
  'representativeName',
  'representativeEmail',
] as const;

export type FormErrors = Record<string, Text>;

const PHONE = /^\+?[0-9][0-9 ]{6,18}[0-9]$/;
const isEmail = (value: string): boolean => isMailAddress(value) && value.length <= 254;
const text = (value: string | undefined): string => (value ?? '').trim();

const problem = organisationFormErrorTexts;
const EMAIL_FORMAT: Text = problem.emailFormat;

/** Checks every field at once, so the form shows all problems together. */
export function validateOrganisationForm(
  fields: Record<string, string>,
): { ok: true; value: OrganisationForm } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const registrationNumber = normaliseRegistrationNumber(text(fields.registrationNumber));
  const name = text(fields.name);
  const legalForm = text(fields.legalForm);
  const address = text(fields.address);
  const email = text(fields.email).toLowerCase();
  const contactName = text(fields.contactName);
  const contactEmail = text(fields.contactEmail).toLowerCase();
  const contactPhone = text(fields.contactPhone);
  const representativeName = text(fields.representativeName);
  const representativeEmail = text(fields.representativeEmail).toLowerCase();

  if (!isValidRegistrationNumber(registrationNumber)) {
    errors.registrationNumber = organisationErrors.registration_number_invalid;
  }
  if (name === '' || name.length > 300) {
    errors.name = problem.name;
  }
  if (legalForm !== 'public' && legalForm !== 'private') {
    errors.legalForm = problem.legalForm;
  }
  if (address === '' || address.length > 500) {
    errors.address = problem.address;
  }
  if (!isEmail(email)) errors.email = EMAIL_FORMAT;
  if (contactName === '' || contactName.length > 200) {
    errors.contactName = problem.contactName;
  }
  if (!isEmail(contactEmail)) errors.contactEmail = EMAIL_FORMAT;
  if (contactPhone !== '' && !PHONE.test(contactPhone)) {
    errors.contactPhone = problem.contactPhone;
  }
  if (representativeName === '' || representativeName.length > 200) {
    errors.representativeName = problem.representativeName;
  }
  if (!isEmail(representativeEmail)) errors.representativeEmail = EMAIL_FORMAT;
  if (Object.keys(errors).length > 0 || (legalForm !== 'public' && legalForm !== 'private')) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    value: {
      registrationNumber,
      name,
      legalForm,
      address,
      email,
      contactName,
      contactEmail,
      contactPhone: contactPhone === '' ? null : contactPhone,
      representativeName,
      representativeEmail,
    },
  };
}

export async function registrationNumberTaken(db: Db, number: string): Promise<boolean> {
  return store.registrationNumberTaken(db, number);
}

/** Who created the organisation: itself through the public form, a staff member, or the demo data. */
export type OrganisationCreator =
  { kind: 'self' } | { kind: 'staff'; staffId: number } | { kind: 'demo' };

/**
 * Writes the organisation and its contact person. Public-law bodies are exempt from the state fee
 * by default, and that default is recorded in the exemption history like any later change. An
 * organisation created by staff counts at once; a self-registered one once its representative set
 * up the account (see `confirmOrganisation`). Inviting the representative is the caller's part.
 */
export async function createOrganisation(
  trx: Db,
  clock: Clock,
  form: OrganisationForm,
  creator: OrganisationCreator,
): Promise<{ id: number }> {
  const now = clock.now();
  const feeExempt = form.legalForm === 'public';
  const id = await store.insertOrganisation(trx, {
    registrationNumber: form.registrationNumber,
    name: form.name,
    legalForm: form.legalForm,
    address: form.address,
    email: form.email,
    feeExempt,
    confirmedAt: creator.kind === 'self' ? null : now,
  });
  if (id === undefined) throw new AppError(organisationErrors.organisation_exists);
  await store.insertContact(trx, {
    organisationId: id,
    name: form.contactName,
    email: form.contactEmail,
    phone: form.contactPhone,
  });
  if (feeExempt) {
    await store.insertFeeExemptionChange(trx, {
      organisationId: id,
      feeExempt: true,
      reason: 'Publisko tiesību subjekts: valsts nodevu nemaksā (MK noteikumi Nr. 485)',
      staffId: creator.kind === 'staff' ? creator.staffId : null,
      now,
    });
  }
  await appendAudit(trx, {
    actorType: creator.kind === 'staff' ? 'staff' : 'system',
    actorId: creator.kind === 'staff' ? String(creator.staffId) : creator.kind,
    organisationId: id,
    subjectPersonId: null,
    action: 'organisation.created',
    channel: creator.kind === 'staff' ? 'backoffice' : 'browser',
  });
  return { id };
}

export interface Organisation {
  id: number;
  registrationNumber: string;
  name: string;
  legalForm: LegalForm;
  address: string;
  email: string;
  feeExempt: boolean;
  confirmedAt: Date | null;
  createdAt: Date;
}

function toOrganisation(row: store.OrganisationRow): Organisation {
  return {
    id: row.id,
    registrationNumber: row.registration_number,
    name: row.name,
    legalForm: row.legal_form,
    address: row.address,
    email: row.email,
    feeExempt: row.fee_exempt,
    confirmedAt: row.confirmed_at,
    createdAt: row.created_at,
  };
}

export async function findOrganisation(db: Db, id: number): Promise<Organisation | null> {
  const row = await store.findOrganisationById(db, id);
  return row === undefined ? null : toOrganisation(row);
}

export async function findOrganisationByNumber(
  db: Db,
  registrationNumber: string,
): Promise<Organisation | null> {
  const row = await store.findOrganisationByNumber(db, registrationNumber);
  return row === undefined ? null : toOrganisation(row);
}

export async function listOrganisations(db: Db): Promise<Organisation[]> {
  return (await store.listOrganisations(db)).map(toOrganisation);
}

/** The representative confirmed the e-mail (by setting up the account): the organisation counts. */
export async function confirmOrganisation(trx: Db, clock: Clock, id: number): Promise<void> {
  await store.confirmOrganisation(trx, id, clock.now());
}

export interface OrganisationDetail {
  organisation: Organisation;
  contacts: { id: number; name: string; email: string; phone: string | null }[];
  exemptionHistory: {
    feeExempt: boolean;
    reason: string;
    staffName: string | null;
    changedAt: Date;
  }[];
}

export async function organisationDetail(db: Db, id: number): Promise<OrganisationDetail> {
  const row = await store.findOrganisationById(db, id);
  if (row === undefined) throw new AppError(organisationErrors.organisation_not_found);
  const [contacts, history] = await Promise.all([
    store.contactsOf(db, id),
    store.feeExemptionHistory(db, id),
  ]);
  return {
    organisation: toOrganisation(row),
    contacts,
    exemptionHistory: history.map((h) => ({
      feeExempt: h.fee_exempt,
      reason: h.reason,
      staffName: h.staff_name,
      changedAt: h.changed_at,
    })),
  };
}

/** Staff change the state fee exemption; the reason is mandatory and kept with the change. */
export async function changeFeeExemption(
  trx: Db,
  clock: Clock,
  input: { organisationId: number; feeExempt: boolean; reason: string; staffId: number },
): Promise<void> {
  const reason = input.reason.trim();
  if (reason === '' || reason.length > 1000) {
    throw new AppError(organisationErrors.fee_exemption_reason_missing);
  }
  const row = await store.findOrganisationById(trx, input.organisationId, { forUpdate: true });
  if (row === undefined) throw new AppError(organisationErrors.organisation_not_found);
  await store.setFeeExempt(trx, row.id, input.feeExempt);
  await store.insertFeeExemptionChange(trx, {
    organisationId: row.id,
    feeExempt: input.feeExempt,
    reason,
    staffId: input.staffId,
    now: clock.now(),
  });
  await appendAudit(trx, {
    actorType: 'staff',
    actorId: String(input.staffId),
    organisationId: row.id,
    subjectPersonId: null,
    action: input.feeExempt ? 'organisation.fee_exempted' : 'organisation.fee_exemption_ended',
    channel: 'backoffice',
    feeExempt: input.feeExempt,
    reason,
  });
}
