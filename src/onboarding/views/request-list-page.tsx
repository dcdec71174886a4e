import { formatDateTime } from '../../platform/time/riga.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import type { RequestListItem } from '../requests.ts';
import { formatDay, STATUS_NAMES, workingDaysText } from '../request-texts.ts';

/** The organisation's own requests: status, deadline and working days left. */
export function RequestListPage(props: { ctx: PageContext; items: RequestListItem[] }) {
  const { ctx, items } = props;
  const locale = ctx.locale;
  const lv = locale === 'lv';
  const title = lv ? 'Datu pieprasījumi' : 'Data requests';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>
        <a class="button" href="/organizacijas/pieprasijumi/jauns">
          {lv ? 'Jauns pieprasījums' : 'New request'}
        </a>
      </p>
      {items.length === 0 ? (
        <p>{lv ? 'Pieprasījumu vēl nav.' : 'No requests yet.'}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{lv ? 'Numurs' : 'Number'}</th>
              <th scope="col">{lv ? 'Statuss' : 'Status'}</th>
              <th scope="col">{lv ? 'Iesniegts' : 'Submitted'}</th>
              <th scope="col">{lv ? 'Atbildes termiņš' : 'Answer due by'}</th>
              <th scope="col">{lv ? 'Atlicis' : 'Left'}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((r) => (
              <tr key={r.id}>
                <td>
                  <a
                    href={
                      r.status === 'draft'
                        ? `/organizacijas/pieprasijumi/${r.id}/parbaudit`
                        : `/organizacijas/pieprasijumi/${r.id}`
                    }
                  >
                    {r.reference ?? (lv ? `Melnraksts nr. ${r.id}` : `Draft no. ${r.id}`)}
                  </a>
                </td>
                <td>
                  <span class="tag">{STATUS_NAMES[r.status][locale]}</span>
                </td>
                <td>{r.submittedAt === null ? '–' : formatDateTime(r.submittedAt, locale)}</td>
                <td>{r.deadline === null ? '–' : formatDay(r.deadline, locale)}</td>
                <td>
                  {r.workingDaysLeft === null ? '–' : workingDaysText(r.workingDaysLeft, locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
