import { balanceOf } from '../billing/service.ts';
import type { Db } from '../database.ts';
import { AppError } from '../platform/errors.ts';
import type { Principal } from '../platform/http/auth.ts';
import { DATA_SCOPES, type DataScope } from '../register/service.ts';
import { accessErrors } from './errors.ts';
import { allowedPurposes, decideAccess } from './policy.ts';
import type { DataRequest } from './provision.ts';
import { stateFeeOn } from './state-fee.ts';
import { termsInForce } from './terms-cache.ts';

/**
 * The Person Data Browser's rules around `providePersons`: what the search form may offer the
 * browser user, and how a posted form becomes a data request. Agreement, purpose, fee and audit
 * stay with `providePersons`; nothing here decides access.
 */

/** Browser users search in production only: the test environment is for system connections. */
export const PDP_ENVIRONMENT = 'production' as const;

/** Form field names (Latvian, as the page's other addresses). */
export const PDP_FIELDS = {
  purpose: 'merkis',
  endUser: 'lieta',
  personalCode: 'personas_kods',
  surname: 'uzvards',
  givenNames: 'vards',
  birthDate: 'dzimsanas_datums',
  scopes: 'datu_apjomi',
  balance: 'atlikums',
} as const;

export const scopeField = (scope: DataScope): string => `joma_${scope}`;

/** What the search form offers: the agreement's purposes, the chosen one's scopes, the fee. */
export interface PdpOffer {
  purposes: string[];
  purpose: string;
  scopes: DataScope[];
  criteriaSearch: boolean;
  feePerPersonCents: number;
  feeExempt: boolean;
  balanceCents: number;
}

/** Only the organisation's browser users search; representatives are told so plainly. */
export function requirePdpUser(me: Extract<Principal, { kind: 'org_user' }>): void {
  if (me.role !== 'pdp_user') throw new AppError(accessErrors.pdp_user_required);
}

/** Null when no agreement in force allows any purpose in production. */
export async function pdpOffer(
  db: Db,
  organisationId: number,
  today: string,
  chosenPurpose: string | undefined,
): Promise<PdpOffer | null> {
  const organisation = await termsInForce(db, organisationId, today);
  if (organisation === null) return null;
  const purposes = allowedPurposes(organisation.terms, PDP_ENVIRONMENT);
  const purpose = purposes.find((p) => p === chosenPurpose?.trim()) ?? purposes[0];
  if (purpose === undefined) return null;
  const decision = decideAccess(organisation.terms, {
    environment: PDP_ENVIRONMENT,
    purpose,
    scopes: null,
  });
  return {
    purposes,
    purpose,
    // In the register's order, as the result page shows them.
    scopes: DATA_SCOPES.filter((s) => decision.scopes.includes(s)),
    criteriaSearch: decision.criteriaSearch,
    feePerPersonCents: organisation.feeExempt ? 0 : await stateFeeOn(db, today),
    feeExempt: organisation.feeExempt,
    balanceCents: await balanceOf(db, organisationId),
  };
}

/** The posted search form, trimmed and bounded. */
export interface PdpForm {
  purpose: string;
  endUser: string;
  personalCode: string;
  surname: string;
  givenNames: string;
  birthDate: string;
  scopes: DataScope[];
}

export function readPdpForm(fields: Record<string, string>): PdpForm {
  const text = (name: string, max: number) => (fields[name] ?? '').trim().slice(0, max);
  return {
    purpose: text(PDP_FIELDS.purpose, 500),
    endUser: text(PDP_FIELDS.endUser, 500),
    personalCode: text(PDP_FIELDS.personalCode, 20),
    surname: text(PDP_FIELDS.surname, 100),
    givenNames: text(PDP_FIELDS.givenNames, 100),
    birthDate: text(PDP_FIELDS.birthDate, 10),
    // Every scope that was ticked, granted or not: one not granted is refused, never dropped.
    scopes: DATA_SCOPES.filter((s) => fields[scopeField(s)] !== undefined),
  };
}

function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Either one personal code, or a surname with a given name and/or a birth date. Whether the
 * agreement allows the criteria is decided by `providePersons`.
 */
export function pdpDataRequest(form: PdpForm): DataRequest {
  if (form.scopes.length === 0) throw new AppError(accessErrors.pdp_scope_missing);
  const criteria = form.surname !== '' || form.givenNames !== '' || form.birthDate !== '';
  if (form.personalCode !== '' && criteria) throw new AppError(accessErrors.pdp_code_or_criteria);
  const common = {
    purpose: form.purpose,
    scopes: form.scopes,
    endUser: form.endUser,
    // The route gives the key: the search form's one-time token (docs/decisions/0018).
    idempotencyKey: null,
  };
  if (form.personalCode !== '') return { ...common, select: { codes: [form.personalCode] } };
  if (form.birthDate !== '' && !isIsoDay(form.birthDate)) {
    throw new AppError(accessErrors.birth_date_invalid);
  }
  if (form.surname === '' || (form.givenNames === '' && form.birthDate === '')) {
    throw new AppError(accessErrors.query_empty);
  }
  return {
    ...common,
    select: {
      criteria: {
        surname: form.surname,
        givenNames: form.givenNames === '' ? null : form.givenNames,
        birthDate: form.birthDate === '' ? null : form.birthDate,
      },
    },
  };
}

/**
 * The form field a refusal is shown beside; undefined for refusals that are not about the form
 * (those go to the error page).
 */
export function fieldOfRefusal(code: string, form: PdpForm): string | undefined {
  if (code.startsWith('personal_code_')) return PDP_FIELDS.personalCode;
  switch (code) {
    case 'end_user_missing':
      return PDP_FIELDS.endUser;
    case 'query_empty':
    case 'pdp_code_or_criteria':
      return PDP_FIELDS.personalCode;
    case 'persons_not_found':
      return form.personalCode === '' ? PDP_FIELDS.surname : PDP_FIELDS.personalCode;
    case 'criteria_search_not_allowed':
      return PDP_FIELDS.surname;
    case 'birth_date_invalid':
      return PDP_FIELDS.birthDate;
    case 'pdp_scope_missing':
    case 'scope_not_granted':
      return PDP_FIELDS.scopes;
    case 'purpose_not_allowed':
      return PDP_FIELDS.purpose;
    case 'insufficient_balance':
      return PDP_FIELDS.balance;
    default:
      return undefined;
  }
}
