import type { Db } from '../database.ts';
import { appendAudit } from '../platform/audit/audit-log.ts';
import { AppError, type ErrorDefinition } from '../platform/errors.ts';
import type { Text } from '../platform/i18n/locale.ts';
import { tariffErrors } from './tariff-errors.ts';
import type { TariffCode } from './tables.ts';
import { allTariffRows, insertTariff, latestTariffOn, type TariffRow } from './tariff-store.ts';
import { tariffTexts } from './texts/tariffs.ts';

/** Every tariff, in the order the price list shows them, with its name in both languages. */
export const TARIFF_NAMES = tariffTexts.names satisfies Record<TariffCode, Text>;

export const TARIFF_CODES = Object.keys(TARIFF_NAMES) as TariffCode[];

export function isTariffCode(value: string): value is TariffCode {
  return Object.hasOwn(TARIFF_NAMES, value);
}

/** The price of a tariff on a day (ISO date): the latest row that applies on or before it. */
export async function tariffOn(db: Db, code: TariffCode, day: string): Promise<number> {
  return (await tariffRowOn(db, code, day)).amount_cents;
}

/** The tariff row in force on a day, with its source; `tariff_missing` naming both if none. */
export async function tariffRowOn(db: Db, code: TariffCode, day: string): Promise<TariffRow> {
  const row = await latestTariffOn(db, code, day);
  if (row === undefined) throw new AppError(tariffErrors.tariff_missing, { code, day });
  return row;
}

/** A price as a fee line names it: the tariff, its amount, and the row of the price list it is from. */
export interface AppliedTariff {
  code: TariffCode;
  amountCents: number;
  /** The day the price applies from, and why it was set (the regulation and its point). */
  validFrom: string;
  source: string;
}

export async function appliedTariff(db: Db, code: TariffCode, day: string): Promise<AppliedTariff> {
  const row = await tariffRowOn(db, code, day);
  return { code, amountCents: row.amount_cents, validFrom: row.valid_from, source: row.reason };
}

/** What the monthly fees are computed from: the terms of a request or an agreement. */
export interface FeeTerms {
  environments: readonly ('test' | 'production')[];
  pdpUsers: number;
  systemConnections: number;
  monitoring: boolean;
  monitoringPersons: number | null;
}

export interface EnvironmentFees {
  environment: 'test' | 'production';
  /** Person Data Browser users plus system connections (decision 0006). */
  users: number;
  extraUsers: number;
  subscriptionCents: number;
  /** Further started thousands of monitored persons beyond the first 1000. */
  extraThousands: number;
  monitoringCents: number;
  totalCents: number;
}

export interface MonthlyFees {
  day: string;
  environments: EnvironmentFees[];
  /** The list price, whether or not the organisation pays it. */
  listTotalCents: number;
  feeExempt: boolean;
  /** What the organisation pays: 0 when exempt. */
  payableTotalCents: number;
  /** The prices the fees are computed from, each with its source in the price list. */
  tariffs: AppliedTariff[];
}

/** The monthly fees' tariffs, in the order `monthlyFees` reads them. */
const FEE_TARIFFS = [
  'subscription_up_to_5_users',
  'subscription_extra_user',
  'monitoring_up_to_1000_persons',
  'monitoring_extra_1000_persons',
] as const satisfies readonly TariffCode[];

const USERS_IN_BASE = 5;
const PERSONS_IN_BASE = 1000;

/**
 * How many of each further unit the fees count (decision 0006): users beyond the 5 in the base
 * price, and thousands of monitored persons begun beyond the first 1000. The agreement page and
 * the monthly invoice both count with this.
 */
export function feeUnits(
  users: number,
  persons: number,
): { extraUsers: number; extraThousands: number } {
  return {
    extraUsers: Math.max(0, users - USERS_IN_BASE),
    extraThousands: Math.ceil(Math.max(0, persons - PERSONS_IN_BASE) / PERSONS_IN_BASE),
  };
}

/**
 * The monthly fees of an agreement's terms on a day, per environment: the subscription by
 * users (up to 5, then each further user) and monitoring by persons (up to 1000, then each
 * further 1000 begun). Exempt organisations see the list prices and pay nothing.
 */
export async function monthlyFees(
  db: Db,
  terms: FeeTerms,
  day: string,
  feeExempt: boolean,
): Promise<MonthlyFees> {
  const tariffs = await Promise.all(FEE_TARIFFS.map((code) => appliedTariff(db, code, day)));
  const [base, extraUser, monitoringBase, monitoringExtra] = tariffs.map((t) => t.amountCents) as [
    number,
    number,
    number,
    number,
  ];
  const users = terms.pdpUsers + terms.systemConnections;
  const persons = terms.monitoring ? (terms.monitoringPersons ?? 0) : 0;
  const { extraUsers, extraThousands } = feeUnits(users, persons);
  const environments = terms.environments.map((environment): EnvironmentFees => {
    const subscriptionCents = base + extraUsers * extraUser;
    const monitoringCents = terms.monitoring
      ? monitoringBase + extraThousands * monitoringExtra
      : 0;
    return {
      environment,
      users,
      extraUsers,
      subscriptionCents,
      extraThousands: terms.monitoring ? extraThousands : 0,
      monitoringCents,
      totalCents: subscriptionCents + monitoringCents,
    };
  });
  const listTotalCents = environments.reduce((sum, e) => sum + e.totalCents, 0);
  return {
    day,
    environments,
    listTotalCents,
    feeExempt,
    payableTotalCents: feeExempt ? 0 : listTotalCents,
    tariffs,
  };
}

/** Cents as euro for people: "245,12" in Latvian, "245.12" in English. */
export function formatEuro(cents: number, locale: 'lv' | 'en'): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const rest = String(abs % 100).padStart(2, '0');
  return tariffTexts.euroCents[locale](sign, whole, rest);
}

/**
 * Reads an amount in euro as staff type it ("245,12", "245.12", "245", "1 245,5") into cents,
 * without floating point; null when it is not an amount.
 */
export function parseEuroAmount(input: string): number | null {
  const compact = input.replace(/[\s\u00a0]/g, '').replace(/^EUR|EUR$|€/gi, '');
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (match === null) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? '0').padEnd(2, '0'));
  return whole * 100 + fraction;
}

export interface TariffOverview {
  code: TariffCode;
  current: TariffRow | null;
  /** Prices from a day after today, soonest first. */
  scheduled: TariffRow[];
  /** Every price that applied before the current one, latest first. */
  history: TariffRow[];
}

/** Each tariff's current price, its scheduled changes and its history, as on a day. */
export async function tariffOverview(db: Db, today: string): Promise<TariffOverview[]> {
  const rows = await allTariffRows(db);
  return TARIFF_CODES.map((code) => {
    const own = rows.filter((r) => r.code === code);
    const applied = own.filter((r) => r.valid_from <= today);
    return {
      code,
      current: applied[0] ?? null,
      scheduled: own.filter((r) => r.valid_from > today).reverse(),
      history: applied.slice(1),
    };
  });
}

export interface NewTariffInput {
  code: string;
  amount: string;
  validFrom: string;
  reason: string;
}

export type TariffFieldErrors = Partial<
  Record<'code' | 'amount' | 'validFrom' | 'reason', ErrorDefinition>
>;

/** Checks the staff form; answers the field errors, or the price to save. */
export function checkNewTariff(
  input: NewTariffInput,
  today: string,
):
  | {
      ok: true;
      value: { code: TariffCode; amountCents: number; validFrom: string; reason: string };
    }
  | { ok: false; errors: TariffFieldErrors } {
  const errors: TariffFieldErrors = {};
  const code = input.code.trim();
  const amountCents = parseEuroAmount(input.amount);
  const validFrom = input.validFrom.trim();
  const reason = input.reason.trim();
  if (!isTariffCode(code)) errors.code = tariffErrors.tariff_unknown;
  if (amountCents === null) errors.amount = tariffErrors.tariff_amount_invalid;
  if (!isIsoDay(validFrom)) errors.validFrom = tariffErrors.tariff_date_invalid;
  else if (validFrom < today) errors.validFrom = tariffErrors.tariff_date_past;
  if (reason === '' || reason.length > 500) errors.reason = tariffErrors.tariff_reason_required;
  if (!isTariffCode(code) || amountCents === null || Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  return { ok: true, value: { code, amountCents, validFrom, reason } };
}

export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Sets a price from a day, with its reason, and audits it. A day that already has a price for
 * the tariff is refused (`tariff_exists`): a scheduled price is corrected by a new row, never
 * overwritten, so the history stays as it was.
 */
export async function setTariff(
  trx: Db,
  value: { code: TariffCode; amountCents: number; validFrom: string; reason: string },
  staff: { staffId: number },
  requestId: string | null,
): Promise<void> {
  const inserted = await insertTariff(trx, { ...value, staffId: staff.staffId });
  if (!inserted) throw new AppError(tariffErrors.tariff_exists);
  await appendAudit(trx, {
    actorType: 'staff',
    actorId: String(staff.staffId),
    subjectPersonId: null,
    action: 'tariff.changed',
    channel: 'backoffice',
    feeCents: value.amountCents,
    reason: `${value.code} ${value.validFrom}: ${value.reason}`,
    requestId,
  });
}
