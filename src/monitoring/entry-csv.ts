import type { Db } from '../database.ts';
import type { Locale } from '../platform/i18n/locale.ts';
import type { Clock } from '../platform/time/riga.ts';
import type { EntryActor } from './entries.ts';
import { listEntries } from './entry-list.ts';
import { entriesPageTexts } from './texts/entries-page.ts';

const CHUNK = 10_000;

/**
 * A cell as spreadsheets read it: quoted when it holds the separator, a quote or a line end; a
 * leading = + - @ is escaped with an apostrophe, so a reference never runs as a formula.
 */
function cell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The whole list open now, oldest first, one person a line; `;` as Latvian spreadsheets expect. */
export async function entryCsv(
  db: Db,
  clock: Clock,
  list: Pick<EntryActor, 'organisationId' | 'environment'>,
  locale: Locale,
): Promise<string> {
  const lines: string[] = [entriesPageTexts.csv.header[locale]];
  for (let page = 1; ; page += 1) {
    const chunk = await listEntries(db, clock, { ...list, page, pageSize: CHUNK });
    for (const e of chunk.entries) {
      lines.push(
        [
          e.personal_code,
          e.reference ?? '',
          e.purpose,
          e.added_at.toISOString(),
          e.ends_at === null ? '' : e.ends_at.toISOString(),
        ]
          .map(cell)
          .join(';'),
      );
    }
    if (page >= chunk.pages) break;
  }
  // A byte-order mark, so spreadsheet programs read the file as UTF-8.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
