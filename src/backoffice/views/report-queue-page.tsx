import type { Locale } from '../../platform/i18n/locale.ts';
import { formatDateTime } from '../../platform/time/riga.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { KIND_NAMES, STATUS_NAMES } from '../../residents/service.ts';

const TITLE = { lv: 'Iedzīvotāju ziņojumi', en: 'Residents’ reports' };

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
  if (hours < 24) return locale === 'lv' ? `${hours} st.` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return locale === 'lv' ? `${days} d.` : `${days} d`;
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
    <Layout ctx={props.ctx} title={TITLE[locale]}>
      <h1>{TITLE[locale]}</h1>
      <form method="get" action="/darbinieki/zinojumi" class="filters">
        <div class="field">
          <label for="veids">{locale === 'lv' ? 'Veids' : 'Kind'}</label>
          <select id="veids" name="veids">
            <option value="" selected={props.filter.kind === ''}>
              {locale === 'lv' ? 'Visi' : 'All'}
            </option>
            {(['deficiency', 'error'] as const).map((k) => (
              <option key={k} value={k} selected={props.filter.kind === k}>
                {KIND_NAMES[k][locale]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="statuss">{locale === 'lv' ? 'Statuss' : 'Status'}</label>
          <select id="statuss" name="statuss">
            <option value="" selected={props.filter.status === ''}>
              {locale === 'lv' ? 'Atvērtie' : 'Open'}
            </option>
            {(['received', 'in_progress', 'resolved', 'rejected'] as const).map((s) => (
              <option key={s} value={s} selected={props.filter.status === s}>
                {STATUS_NAMES[s][locale]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="secondary">
          {locale === 'lv' ? 'Atlasīt' : 'Filter'}
        </button>
      </form>
      {props.rows.length === 0 ? (
        <p>{locale === 'lv' ? 'Ziņojumu nav.' : 'No reports.'}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{locale === 'lv' ? 'Numurs' : 'Number'}</th>
              <th scope="col">{locale === 'lv' ? 'Veids' : 'Kind'}</th>
              <th scope="col">{locale === 'lv' ? 'Statuss' : 'Status'}</th>
              <th scope="col">{locale === 'lv' ? 'Saņemts' : 'Received'}</th>
              <th scope="col">{locale === 'lv' ? 'Vecums' : 'Age'}</th>
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
