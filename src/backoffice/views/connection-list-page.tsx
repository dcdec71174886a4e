import { type ConnectionStatus, type ConnectionView } from '../../identity/service.ts';
import {
  CONNECTION_STATUS_LABELS,
  ConnectionStateCells,
  KeyExpiresSoonNote,
  KeyExpiryWarning,
} from '../../identity/views.ts';
import { SelectField } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';

/** Every organisation's connections for PMLP staff, those awaiting activation first. */
export function StaffConnectionListPage(props: {
  ctx: PageContext;
  views: ConnectionView[];
  status: ConnectionStatus | '';
}) {
  const { locale } = props.ctx;
  const title = locale === 'lv' ? 'Sistēmu savienojumi' : 'System connections';
  const expiring = props.views.reduce((n, v) => n + v.expiringKeys, 0);
  return (
    <Layout ctx={props.ctx} title={title}>
      <h1>{title}</h1>
      <KeyExpiryWarning locale={locale} count={expiring} />
      <form method="get" action="/darbinieki/savienojumi" class="filters">
        <SelectField
          name="statuss"
          label={locale === 'lv' ? 'Statuss' : 'Status'}
          value={props.status}
          options={[
            { value: '', label: locale === 'lv' ? 'Visi' : 'All' },
            ...(['pending', 'active', 'suspended'] as const).map((s) => ({
              value: s,
              label: CONNECTION_STATUS_LABELS[s][locale],
            })),
          ]}
        />
        <button type="submit">{locale === 'lv' ? 'Atlasīt' : 'Filter'}</button>
      </form>
      {props.views.length === 0 ? (
        <p>{locale === 'lv' ? 'Savienojumu nav.' : 'No connections.'}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">client_id</th>
              <th scope="col">{locale === 'lv' ? 'Organizācija' : 'Organisation'}</th>
              <th scope="col">{locale === 'lv' ? 'Nosaukums' : 'Name'}</th>
              <th scope="col">{locale === 'lv' ? 'Vide' : 'Environment'}</th>
              <th scope="col">{locale === 'lv' ? 'Statuss' : 'Status'}</th>
              <th scope="col">{locale === 'lv' ? 'Pieteikts' : 'Registered'}</th>
            </tr>
          </thead>
          <tbody>
            {props.views.map(({ connection: c, organisationName, expiringKeys }) => (
              <tr key={c.id}>
                <td>
                  <a href={`/darbinieki/savienojumi/${c.client_id}`}>{c.client_id}</a>
                </td>
                <td>{organisationName}</td>
                <td>
                  {c.name}
                  <KeyExpiresSoonNote locale={locale} expiringKeys={expiringKeys} />
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
