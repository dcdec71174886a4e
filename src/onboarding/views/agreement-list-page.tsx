import { formatDay } from '../../platform/time/dates.ts';
import type { AgreementRow } from '../../agreements/service.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { agreementTexts as texts } from '../texts/agreements.ts';
import { StatusTag } from './agreement-parts.tsx';

/** The organisation's own agreements, newest first. */
export function AgreementListPage(props: { ctx: PageContext; rows: AgreementRow[] }) {
  const { locale } = props.ctx;
  const words = texts.listPage;
  const title = words.title[locale];
  return (
    <Layout ctx={props.ctx} title={title}>
      <h1>{title}</h1>
      {props.rows.length === 0 ? (
        <p>{words.none[locale]}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{words.number[locale]}</th>
              <th scope="col">{texts.shared.status[locale]}</th>
              <th scope="col">{words.validFrom[locale]}</th>
              <th scope="col">{words.validUntil[locale]}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => {
              const endDay = r.terminated_from ?? r.valid_until;
              return (
                <tr key={r.id}>
                  <td>
                    <a href={`/organizacijas/ligumi/${r.reference}`}>{r.reference}</a>
                  </td>
                  <td>
                    <StatusTag status={r.status} locale={locale} />
                  </td>
                  <td>{formatDay(r.valid_from, locale)}</td>
                  <td>{endDay === null ? '—' : formatDay(endDay, locale)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
