import {
  organisationByRegistrationNumber,
  parseEuroAmount,
  isValidRegistrationNumber,
  normaliseRegistrationNumber,
  organisationErrors,
} from '../agreements/service.ts';
import { depositReferenceUsed, ledgerErrors } from '../billing/service.ts';
import type { Db } from '../database.ts';
import type { ErrorDefinition } from '../platform/errors.ts';

export const DEPOSITS_PATH = '/darbinieki/iemaksas';
export const DEPOSIT_CONFIRM_PATH = '/darbinieki/iemaksas/registret';

/** The deposit form's fields as typed; the names are the form's and the prefill query's. */
export interface DepositValues {
  registracijas_nr: string;
  summa: string;
  atsauce: string;
}

export const DEPOSIT_FIELDS = ['registracijas_nr', 'summa', 'atsauce'] as const;

export function depositValues(fields: Record<string, string | undefined>): DepositValues {
  return {
    registracijas_nr: (fields.registracijas_nr ?? '').slice(0, 40),
    summa: (fields.summa ?? '').slice(0, 40),
    atsauce: (fields.atsauce ?? '').slice(0, 200),
  };
}

export interface CheckedDeposit {
  organisation: { id: number; name: string; registrationNumber: string };
  amountCents: number;
  bankReference: string;
}

export type DepositErrors = Partial<Record<keyof DepositValues, ErrorDefinition>>;

/**
 * Checks the form against the register: a valid register number of a known organisation, a
 * positive amount, and a bank reference not yet recorded for that organisation. Nothing is
 * written; the confirm step checks all of it again, and the ledger's unique key has the last word.
 */
export async function checkDepositForm(
  db: Db,
  values: DepositValues,
): Promise<{ ok: true; value: CheckedDeposit } | { ok: false; errors: DepositErrors }> {
  const errors: DepositErrors = {};
  const number = normaliseRegistrationNumber(values.registracijas_nr);
  const organisation = isValidRegistrationNumber(number)
    ? await organisationByRegistrationNumber(db, number)
    : undefined;
  if (!isValidRegistrationNumber(number)) {
    errors.registracijas_nr = organisationErrors.registration_number_invalid;
  } else if (organisation === undefined) {
    errors.registracijas_nr = organisationErrors.organisation_not_found;
  }
  const amountCents = parseEuroAmount(values.summa);
  if (amountCents === null || amountCents <= 0) errors.summa = ledgerErrors.deposit_amount_invalid;
  const bankReference = values.atsauce.trim();
  if (bankReference === '' || bankReference.length > 140) {
    errors.atsauce = ledgerErrors.deposit_reference_missing;
  } else if (
    organisation !== undefined &&
    (await depositReferenceUsed(db, organisation.id, bankReference))
  ) {
    errors.atsauce = ledgerErrors.deposit_reference_exists;
  }
  if (organisation === undefined || amountCents === null || Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    value: {
      organisation: {
        id: organisation.id,
        name: organisation.name,
        registrationNumber: organisation.registration_number,
      },
      amountCents,
      bankReference,
    },
  };
}
