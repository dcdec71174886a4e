import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import type { ConnectionView } from '../connection-reader.ts';
import { ConnectionStateCells, KeyExpiresSoonNote, KeyExpiryWarning } from './connection-parts.tsx';

/** The organisation's system connections, with a way to register another. */
export function ConnectionListPage(props: { ctx: PageContext; views: ConnectionView[] }) {
  const { locale } = props.ctx;
  const title = locale === 'lv' ? 'Sistēmu savienojumi' : 'System connections';
  const expiring = props.views.reduce((n, v) => n + v.expiringKeys, 0);
  return (
    <Layout ctx={props.ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">
        {locale === 'lv'
          ? 'Jūsu informācijas sistēmas piekļūst datiem ar OAuth 2 klienta akreditāciju (private_key_jwt) katrā līgumā atļautajā vidē.'
          : 'Your information systems reach the data with OAuth 2 client credentials (private_key_jwt) in each environment the agreement allows.'}
      </p>
      <KeyExpiryWarning locale={locale} count={expiring} />
      <p>
        <a class="button" href="/organizacijas/savienojumi/jauns">
          {locale === 'lv' ? 'Pieteikt jaunu savienojumu' : 'Register a new connection'}
        </a>
      </p>
      {props.views.length === 0 ? (
        <p>{locale === 'lv' ? 'Savienojumu vēl nav.' : 'There are no connections yet.'}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{locale === 'lv' ? 'Nosaukums' : 'Name'}</th>
              <th scope="col">client_id</th>
              <th scope="col">{locale === 'lv' ? 'Vide' : 'Environment'}</th>
              <th scope="col">{locale === 'lv' ? 'Statuss' : 'Status'}</th>
              <th scope="col">{locale === 'lv' ? 'Pieteikts' : 'Registered'}</th>
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
