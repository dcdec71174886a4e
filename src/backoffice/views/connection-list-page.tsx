import { type ConnectionStatus, type ConnectionView } from '../../identity/service.ts';
import {
  CONNECTION_STATUS_LABELS,
  ConnectionStateCells,
  KeyExpiresSoonNote,
  KeyExpiryWarning,
} from '../../identity/views.ts';
import { SelectField } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { staffTexts } from '../texts/common.ts';
import { connectionTexts } from '../texts/connections.ts';

const texts = connectionTexts.listPage;

/** Every organisation's connections for PMLP staff, those awaiting activation first. */
export function StaffConnectionListPage(props: {
  ctx: PageContext;
  views: ConnectionView[];
  status: ConnectionStatus | '';
}) {
  const { locale } = props.ctx;
  const title = texts.title[locale];
  const expiring = props.views.reduce((n, v) => n + v.expiringKeys, 0);
  return (
    <Layout ctx={props.ctx} title={title}>
      <h1>{title}</h1>
      <KeyExpiryWarning locale={locale} count={expiring} />
      <form method="get" action="/darbinieki/savienojumi" class="filters">
        <SelectField
          name="statuss"
          label={staffTexts.table.status[locale]}
          value={props.status}
          options={[
            { value: '', label: staffTexts.filter.all[locale] },
            ...(['pending', 'active', 'suspended'] as const).map((s) => ({
              value: s,
              label: CONNECTION_STATUS_LABELS[s][locale],
            })),
          ]}
        />
        <button type="submit">{staffTexts.filter.apply[locale]}</button>
      </form>
      {props.views.length === 0 ? (
        <p>{texts.none[locale]}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.clientId[locale]}</th>
              <th scope="col">{staffTexts.table.organisation[locale]}</th>
              <th scope="col">{staffTexts.table.name[locale]}</th>
              <th scope="col">{staffTexts.table.environment[locale]}</th>
              <th scope="col">{staffTexts.table.status[locale]}</th>
              <th scope="col">{texts.registered[locale]}</th>
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
