import {
  formatDay,
  STATUS_NAMES,
  workingDaysText,
  type QueueItem,
} from '../../onboarding/service.ts';
import { formatDateTime } from '../../platform/time/riga.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';

const TITLE = { lv: 'Datu pieprasījumi', en: 'Data requests' };

const FILTER_LINKS = [
  { value: '', lv: 'Visi atvērtie', en: 'All open' },
  { value: 'nokaveti', lv: 'Nokavēti', en: 'Overdue' },
  { value: 'sonedel', lv: 'Termiņš šonedēļ', en: 'Due this week' },
] as const;

/** Open requests, the nearest deadline first, with the working days left. */
export function RequestQueuePage(props: { ctx: PageContext; rows: QueueItem[]; filter: string }) {
  const { ctx, rows } = props;
  const locale = ctx.locale;
  const lv = locale === 'lv';
  return (
    <Layout ctx={ctx} title={TITLE[locale]}>
      <h1>{TITLE[locale]}</h1>
      <nav aria-label={lv ? 'Atlase' : 'Filter'}>
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
                {f[locale]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p>
        <a href="/darbinieki/kalendars">{lv ? 'Darba dienu kalendārs' : 'Working-day calendar'}</a>
      </p>
      {rows.length === 0 ? (
        <p>{lv ? 'Pieprasījumu nav.' : 'No requests.'}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{lv ? 'Numurs' : 'Number'}</th>
              <th scope="col">{lv ? 'Organizācija' : 'Organisation'}</th>
              <th scope="col">{lv ? 'Statuss' : 'Status'}</th>
              <th scope="col">{lv ? 'Iesniegts' : 'Submitted'}</th>
              <th scope="col">{lv ? 'Termiņš' : 'Deadline'}</th>
              <th scope="col">{lv ? 'Atlicis' : 'Left'}</th>
              <th scope="col">{lv ? 'Neizlemti apjomi' : 'Undecided scopes'}</th>
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
