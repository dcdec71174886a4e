import {
  formatDay,
  STATUS_NAMES,
  workingDaysText,
  type QueueItem,
} from '../../onboarding/service.ts';
import { formatDateTime } from '../../platform/time/dates.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { calendarTexts } from '../texts/calendar.ts';
import { staffTexts } from '../texts/common.ts';
import { requestTexts } from '../texts/requests.ts';

const texts = requestTexts.queuePage;

const FILTER_LINKS = [
  { value: '', name: texts.filters.allOpen },
  { value: 'nokaveti', name: texts.filters.overdue },
  { value: 'sonedel', name: texts.filters.dueThisWeek },
] as const;

/** Open requests, the nearest deadline first, with the working days left. */
export function RequestQueuePage(props: { ctx: PageContext; rows: QueueItem[]; filter: string }) {
  const { ctx, rows } = props;
  const locale = ctx.locale;
  return (
    <Layout ctx={ctx} title={texts.title[locale]}>
      <h1>{texts.title[locale]}</h1>
      <nav aria-label={texts.filters.label[locale]}>
        <ul class="filters">
          {FILTER_LINKS.map((f) => (
            <li key={f.value}>
              <a
                href={
                  f.value === ''
                    ? '/darbinieki/pieprasijumi'
                    : `/darbinieki/pieprasijumi?filtrs=${f.value}`
                }
                aria-current={props.filter === f.value ? 'page' : undefined}
              >
                {f.name[locale]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p>
        <a href="/darbinieki/kalendars">{calendarTexts.title[locale]}</a>
      </p>
      {rows.length === 0 ? (
        <p>{texts.none[locale]}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{staffTexts.table.number[locale]}</th>
              <th scope="col">{staffTexts.table.organisation[locale]}</th>
              <th scope="col">{staffTexts.table.status[locale]}</th>
              <th scope="col">{texts.table.submitted[locale]}</th>
              <th scope="col">{texts.table.deadline[locale]}</th>
              <th scope="col">{texts.table.left[locale]}</th>
              <th scope="col">{texts.table.undecided[locale]}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.reference}>
                <td>
                  <a href={`/darbinieki/pieprasijumi/${r.reference}`}>{r.reference}</a>
                </td>
                <td>{r.organisation_name}</td>
                <td>
                  <span class="tag">{STATUS_NAMES[r.status][locale]}</span>
                </td>
                <td>{formatDateTime(r.submitted_at, locale)}</td>
                <td>{formatDay(r.deadline, locale)}</td>
                <td>{workingDaysText(r.workingDaysLeft, locale)}</td>
                <td>{r.pending_scopes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
