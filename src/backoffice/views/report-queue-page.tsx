import type { Locale } from '../../platform/i18n/locale.ts';
import { formatDateTime } from '../../platform/time/dates.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { KIND_NAMES, STATUS_NAMES } from '../../residents/service.ts';
import { staffTexts } from '../texts/common.ts';
import { reportTexts } from '../texts/reports.ts';

const texts = reportTexts.queuePage;

export interface QueueRow {
  reference: string;
  kind: 'deficiency' | 'error';
  status: 'received' | 'in_progress' | 'resolved' | 'rejected';
  data_item: string | null;
  created_at: Date;
  updated_at: Date;
}

/** Age as staff read a queue: hours for today's, days after that. */
export function age(since: Date, now: Date, locale: Locale): string {
  const hours = Math.floor((now.getTime() - since.getTime()) / 3_600_000);
  if (hours < 24) return texts.hours[locale](hours);
  return texts.days[locale](Math.floor(hours / 24));
}

/** The Information Centre's queue of deficiency and error reports, with filters and ages. */
export function ReportQueuePage(props: {
  ctx: PageContext;
  rows: QueueRow[];
  filter: { kind: string; status: string };
  now: Date;
}) {
  const { locale } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={texts.title[locale]}>
      <h1>{texts.title[locale]}</h1>
      <form method="get" action="/darbinieki/zinojumi" class="filters">
        <div class="field">
          <label for="veids">{staffTexts.table.kind[locale]}</label>
          <select id="veids" name="veids">
            <option value="" selected={props.filter.kind === ''}>
              {staffTexts.filter.all[locale]}
            </option>
            {(['deficiency', 'error'] as const).map((k) => (
              <option key={k} value={k} selected={props.filter.kind === k}>
                {KIND_NAMES[k][locale]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="statuss">{staffTexts.table.status[locale]}</label>
          <select id="statuss" name="statuss">
            <option value="" selected={props.filter.status === ''}>
              {texts.openOnly[locale]}
            </option>
            {(['received', 'in_progress', 'resolved', 'rejected'] as const).map((s) => (
              <option key={s} value={s} selected={props.filter.status === s}>
                {STATUS_NAMES[s][locale]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="secondary">
          {staffTexts.filter.apply[locale]}
        </button>
      </form>
      {props.rows.length === 0 ? (
        <p>{texts.none[locale]}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{staffTexts.table.number[locale]}</th>
              <th scope="col">{staffTexts.table.kind[locale]}</th>
              <th scope="col">{staffTexts.table.status[locale]}</th>
              <th scope="col">{staffTexts.table.received[locale]}</th>
              <th scope="col">{texts.age[locale]}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr key={r.reference}>
                <td>
                  <a href={`/darbinieki/zinojumi/${r.reference}`}>{r.reference}</a>
                </td>
                <td>{KIND_NAMES[r.kind][locale]}</td>
                <td>
                  <span class="tag">{STATUS_NAMES[r.status][locale]}</span>
                </td>
                <td>{formatDateTime(r.created_at, locale)}</td>
                <td>{age(r.created_at, props.now, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
