import { API_DOCS_PATH } from '../../platform/http/api-reference.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import type { ConnectionView } from '../connection-reader.ts';
import { ConnectionStateCells, KeyExpiresSoonNote, KeyExpiryWarning } from './connection-parts.tsx';
import { sharedTexts } from '../texts/shared.ts';
import { connectionListPageTexts } from '../texts/connection-list-page.ts';

/** The organisation's system connections, with a way to register another. */
export function ConnectionListPage(props: { ctx: PageContext; views: ConnectionView[] }) {
  const { locale } = props.ctx;
  const title = connectionListPageTexts.title[locale];
  const expiring = props.views.reduce((n, v) => n + v.expiringKeys, 0);
  return (
    <Layout ctx={props.ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">{connectionListPageTexts.intro[locale]}</p>
      <p>
        <a href={API_DOCS_PATH}>{connectionListPageTexts.apiDocs[locale]}</a>
      </p>
      <KeyExpiryWarning locale={locale} count={expiring} />
      <p>
        <a class="button" href="/organizacijas/savienojumi/jauns">
          {connectionListPageTexts.registerNew[locale]}
        </a>
      </p>
      {props.views.length === 0 ? (
        <p>{connectionListPageTexts.none[locale]}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{connectionListPageTexts.name[locale]}</th>
              <th scope="col">{connectionListPageTexts.clientId[locale]}</th>
              <th scope="col">{sharedTexts.environment[locale]}</th>
              <th scope="col">{sharedTexts.status[locale]}</th>
              <th scope="col">{sharedTexts.registered[locale]}</th>
            </tr>
          </thead>
          <tbody>
            {props.views.map(({ connection: c, expiringKeys }) => (
              <tr key={c.id}>
                <td>
                  <a href={`/organizacijas/savienojumi/${c.client_id}`}>{c.name}</a>
                  <KeyExpiresSoonNote locale={locale} expiringKeys={expiringKeys} />
                </td>
                <td>
                  <code>{c.client_id}</code>
                </td>
                <ConnectionStateCells locale={locale} connection={c} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
