import type { Config } from './config.ts';
import type { Db } from './database.ts';
import { runInvoiceMonth } from './billing/service.ts';
import { AppError } from './platform/errors.ts';
import { rigaDate, systemClock } from './platform/time/riga.ts';

/**
 * `billing invoice --month YYYY-MM`: the month's run, as the monthly job does it. Running it
 * again makes only the invoices still missing. A refusal prints its code and both messages.
 */
export async function billingCommand(
  config: Config,
  db: Db,
  sub: string | undefined,
  month: string | undefined,
  write: (line: string) => void,
): Promise<number> {
  if (sub !== 'invoice' || month === undefined) return 2;
  try {
    const outcome = await runInvoiceMonth(
      db,
      {
        payee: config.payee,
        today: rigaDate(systemClock.now()),
        exemptOrganisations: config.invoiceExemptOrganisations,
      },
      month,
    );
    write(
      `${outcome.month}: ${String(outcome.made.length)} invoices made` +
        (outcome.made.length > 0 ? ` (${outcome.made.join(', ')})` : '') +
        `, ${String(outcome.existing)} already made` +
        (outcome.skippedExempt > 0 ? `, ${String(outcome.skippedExempt)} exempt left out` : ''),
    );
    return 0;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    write(`${error.code}: ${error.definition.lv} / ${error.definition.en}`);
    if (error.details !== undefined) write(JSON.stringify(error.details));
    return 1;
  }
}
