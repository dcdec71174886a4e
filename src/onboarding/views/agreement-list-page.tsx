import type { AgreementRow } from '../../agreements/service.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { StatusTag } from './agreement-parts.tsx';

/** The organisation's own agreements, newest first. */
export function AgreementListPage(props: { ctx: PageContext; rows: AgreementRow[] }) {
  const { locale } = props.ctx;
  const lv = locale === 'lv';
  const title = lv ? 'Līgumi' : 'Agreements';
  return (
    <Layout ctx={props.ctx} title={title}>
      <h1>{title}</h1>
      {props.rows.length === 0 ? (
        <p>
          {lv
            ? 'Līgumu vēl nav. Līgumu PMLP sagatavo pēc tam, kad pieprasījums ir izlemts.'
            : 'No agreements yet. PMLP drafts an agreement once a request is decided.'}
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{lv ? 'Numurs' : 'Number'}</th>
              <th scope="col">{lv ? 'Statuss' : 'Status'}</th>
              <th scope="col">{lv ? 'Spēkā no' : 'Valid from'}</th>
              <th scope="col">{lv ? 'Spēkā līdz' : 'Valid until'}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <a href={`/organizacijas/ligumi/${r.reference}`}>{r.reference}</a>
                </td>
                <td>
                  <StatusTag status={r.status} locale={locale} />
                </td>
                <td>{r.valid_from}</td>
                <td>{r.terminated_from ?? r.valid_until ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
