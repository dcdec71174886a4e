import {
  agreementsInForce,
  feeUnits,
  tariffRowOn,
  TARIFF_NAMES,
  type Environment,
  type TariffCode,
  type TariffRow,
} from '../agreements/service.ts';
import type { Db } from '../database.ts';
import { AppError } from '../platform/errors.ts';
import { invoiceErrors } from './invoice-errors.ts';
import { vatRateOn } from './invoice-store.ts';
import type { InvoiceLineType } from './tables.ts';
import { inBothLanguages, invoiceLineTexts } from './texts/invoice-lines.ts';
import { usageOnDays } from './usage-store.ts';

/**
 * One line of a month's invoice. Tariff prices are stored as the law states them, VAT included
 * (decision 0015): `amountCents` is that gross amount for the days covered, rounded on its own;
 * its VAT is taken out of it at the rate in force, and the net is the rest.
 */
export interface ComputedLine {
  type: InvoiceLineType;
  environment: Environment;
  firstDay: string;
  lastDay: string;
  quantity: number;
  unitPriceCents: number;
  amountCents: number;
  netCents: number;
  vatCents: number;
  vatRatePercent: number;
  tariff: { code: TariffCode; source: string };
  description: { lv: string; en: string };
}

/** The days of a month YYYY-MM, as YYYY-MM-DD. */
export function daysOfMonth(month: string): string[] {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const count = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

/** The VAT in a gross amount at a rate, rounded to the cent (half away from zero). */
export function vatIn(grossCents: number, ratePercent: number): number {
  const vat = Math.round((Math.abs(grossCents) * ratePercent) / (100 + ratePercent));
  return grossCents < 0 ? -vat : vat;
}

interface EnvironmentDay {
  day: string;
  monitoring: boolean;
}

/** Per environment, the days of the month an agreement is in force, and whether it monitors. */
async function daysInForce(
  db: Db,
  organisationId: number,
  days: readonly string[],
): Promise<Map<Environment, EnvironmentDay[]>> {
  const byEnvironment = new Map<Environment, EnvironmentDay[]>();
  for (const day of days) {
    const agreements = await agreementsInForce(db, organisationId, day);
    const environments = new Set(agreements.flatMap((a) => a.environments));
    for (const environment of environments) {
      const monitoring = agreements.some(
        (a) => a.monitoring && a.environments.includes(environment),
      );
      const list = byEnvironment.get(environment) ?? [];
      list.push({ day, monitoring });
      byEnvironment.set(environment, list);
    }
  }
  return byEnvironment;
}

/** The highest peak of a metric in an environment on the given days; 0 when none was recorded. */
function highest(
  rows: readonly { environment: Environment; day: string; peak: number }[],
  environment: Environment,
  days: ReadonlySet<string>,
): number {
  return rows
    .filter((r) => r.environment === environment && days.has(r.day))
    .reduce((max, r) => Math.max(max, r.peak), 0);
}

/** Reads each tariff and the VAT rate once per day, failing with the day and code missing. */
class PriceBook {
  private readonly tariffs = new Map<string, TariffRow>();
  private readonly rates = new Map<string, number>();
  constructor(private readonly db: Db) {}

  async tariff(code: TariffCode, day: string): Promise<TariffRow> {
    const key = `${code}:${day}`;
    let row = this.tariffs.get(key);
    if (row === undefined) {
      row = await tariffRowOn(this.db, code, day);
      this.tariffs.set(key, row);
    }
    return row;
  }

  async vatRate(day: string): Promise<number> {
    let rate = this.rates.get(day);
    if (rate === undefined) {
      rate = await vatRateOn(this.db, day);
      if (rate === undefined) throw new AppError(invoiceErrors.invoice_vat_rate_missing, { day });
      this.rates.set(day, rate);
    }
    return rate;
  }
}

interface Part {
  type: InvoiceLineType;
  code: TariffCode;
  quantity: number;
}

/**
 * The lines of an organisation's month: per environment, the subscription by the highest
 * number of users on any day in force (browser users and system connections, decision 0006)
 * and, on days its agreement monitors, monitoring by the highest number of persons; each part
 * month pro rata by days in force, and split where a tariff or the VAT rate changes. Fails with
 * `invoice_no_agreement` when no agreement was in force, `tariff_missing` naming the day and code.
 */
export async function monthLines(
  db: Db,
  organisationId: number,
  month: string,
): Promise<ComputedLine[]> {
  const days = daysOfMonth(month);
  const inForce = await daysInForce(db, organisationId, days);
  if (inForce.size === 0) throw new AppError(invoiceErrors.invoice_no_agreement, { month });
  const first = days[0] ?? '';
  const last = days[days.length - 1] ?? '';
  const [users, persons] = await Promise.all([
    usageOnDays(db, organisationId, 'users', first, last),
    usageOnDays(db, organisationId, 'monitored_persons', first, last),
  ]);
  const prices = new PriceBook(db);
  const lines: ComputedLine[] = [];
  for (const environment of (['test', 'production'] as const).filter((e) => inForce.has(e))) {
    const envDays = inForce.get(environment) ?? [];
    const monitoringDays = envDays.filter((d) => d.monitoring);
    const units = feeUnits(
      highest(users, environment, new Set(envDays.map((d) => d.day))),
      highest(persons, environment, new Set(monitoringDays.map((d) => d.day))),
    );
    const parts: [Part[], EnvironmentDay[]][] = [
      [
        [
          { type: 'subscription', code: 'subscription_up_to_5_users', quantity: 1 },
          { type: 'subscription', code: 'subscription_extra_user', quantity: units.extraUsers },
        ],
        envDays,
      ],
      [
        [
          { type: 'monitoring', code: 'monitoring_up_to_1000_persons', quantity: 1 },
          {
            type: 'monitoring',
            code: 'monitoring_extra_1000_persons',
            quantity: units.extraThousands,
          },
        ],
        monitoringDays,
      ],
    ];
    for (const [list, partDays] of parts) {
      for (const part of list) {
        if (part.quantity === 0 || partDays.length === 0) continue;
        const runs = await priceRuns(
          prices,
          part.code,
          partDays.map((d) => d.day),
        );
        for (const run of runs) {
          lines.push(lineOf(part, environment, run, days.length));
        }
      }
    }
  }
  return lines;
}

interface PriceRun {
  days: string[];
  tariff: TariffRow;
  vatRatePercent: number;
}

/** Consecutive days with the same tariff row and VAT rate. */
async function priceRuns(
  prices: PriceBook,
  code: TariffCode,
  days: readonly string[],
): Promise<PriceRun[]> {
  const runs: PriceRun[] = [];
  let previous: string | null = null;
  for (const day of days) {
    const tariff = await prices.tariff(code, day);
    const vatRatePercent = await prices.vatRate(day);
    const current = runs[runs.length - 1];
    const follows = previous !== null && nextDay(previous) === day;
    if (
      current !== undefined &&
      follows &&
      current.tariff.id === tariff.id &&
      current.vatRatePercent === vatRatePercent
    ) {
      current.days.push(day);
    } else {
      runs.push({ days: [day], tariff, vatRatePercent });
    }
    previous = day;
  }
  return runs;
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function lineOf(
  part: Part,
  environment: Environment,
  run: PriceRun,
  daysInMonth: number,
): ComputedLine {
  const firstDay = run.days[0] ?? '';
  const lastDay = run.days[run.days.length - 1] ?? '';
  const unitPriceCents = run.tariff.amount_cents;
  const amountCents = Math.round((part.quantity * unitPriceCents * run.days.length) / daysInMonth);
  const vatCents = vatIn(amountCents, run.vatRatePercent);
  const name = TARIFF_NAMES[part.code];
  const env = invoiceLineTexts.environment[environment];
  return {
    type: part.type,
    environment,
    firstDay,
    lastDay,
    quantity: part.quantity,
    unitPriceCents,
    amountCents,
    netCents: amountCents - vatCents,
    vatCents,
    vatRatePercent: run.vatRatePercent,
    tariff: { code: part.code, source: run.tariff.reason },
    description: inBothLanguages((locale) =>
      invoiceLineTexts.description[locale](name[locale], env[locale], firstDay, lastDay),
    ),
  };
}
