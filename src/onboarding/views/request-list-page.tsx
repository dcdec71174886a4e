import { formatDateTime } from '../../platform/time/dates.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import type { RequestListItem } from '../requests.ts';
import { formatDay, STATUS_NAMES, workingDaysText } from '../request-texts.ts';
import { requestPageTexts as texts } from '../texts/request-pages.ts';

/** The organisation's own requests: status, deadline and working days left. */
export function RequestListPage(props: { ctx: PageContext; items: RequestListItem[] }) {
  const { ctx, items } = props;
  const locale = ctx.locale;
  const { list, facts } = texts;
  const title = list.title[locale];
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>
        <a class="button" href="/organizacijas/pieprasijumi/jauns">
          {list.newRequest[locale]}
        </a>
      </p>
      {items.length === 0 ? (
        <p>{list.none[locale]}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{list.number[locale]}</th>
              <th scope="col">{facts.status[locale]}</th>
              <th scope="col">{facts.submitted[locale]}</th>
              <th scope="col">{facts.deadline[locale]}</th>
              <th scope="col">{list.left[locale]}</th>
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
                    {r.reference ?? list.draft[locale](r.id)}
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
