import type { Locale } from '../../platform/i18n/locale.ts';
import { CsrfField } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { fieldNames } from '../request-form.ts';
import { ENVIRONMENT_NAMES } from '../request-texts.ts';
import type { RequestView } from '../request-view.ts';
import { SCOPE_NAMES } from '../scope-names.ts';

function ChangeLink(props: { href: string; what: string; locale: Locale }) {
  return (
    <a href={props.href}>
      {props.locale === 'lv' ? 'Mainīt' : 'Change'}
      <span class="visually-hidden"> {props.what}</span>
    </a>
  );
}

/** Check your answers before submitting: every answer with a "Mainīt" link back to its field. */
export function RequestCheckPage(props: { ctx: PageContext; view: RequestView }) {
  const { ctx, view } = props;
  const locale = ctx.locale;
  const lv = locale === 'lv';
  const edit = `/organizacijas/pieprasijumi/${view.id}/labot`;
  const title = lv
    ? 'Pārbaudiet pieprasījumu pirms iesniegšanas'
    : 'Check your request before submitting it';
  const rows: { label: string; value: string; anchor: string }[] = [
    {
      label: lv ? 'Vides' : 'Environments',
      value: view.environments.map((e) => ENVIRONMENT_NAMES[e][locale]).join(', '),
      anchor: 'env_test',
    },
    {
      label: lv ? 'Personu datu pārlūka lietotāji' : 'Person Data Browser users',
      value: String(view.pdpUsers),
      anchor: 'pdpUsers',
    },
    {
      label: lv ? 'Sistēmu pieslēgumi' : 'System connections',
      value: String(view.systemConnections),
      anchor: 'systemConnections',
    },
    {
      label: lv ? 'Uzraudzība' : 'Monitoring',
      value: view.monitoring
        ? lv
          ? `Jā, aptuveni ${view.monitoringPersons ?? 0} personas`
          : `Yes, about ${view.monitoringPersons ?? 0} persons`
        : lv
          ? 'Nē'
          : 'No',
      anchor: 'monitoring_yes',
    },
  ];
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <h2>{lv ? 'Datu apjomi' : 'Data scopes'}</h2>
      <table class="summary-list">
        <tbody>
          {view.scopes.map((s) => (
            <tr key={s.scope}>
              <th scope="row">{SCOPE_NAMES[s.scope][locale]}</th>
              <td>
                <p>
                  {lv ? 'Tiesiskais pamats: ' : 'Legal basis: '}
                  {s.legalBasisLaw}, {s.legalBasisArticle}
                </p>
                <p>
                  {lv ? 'Mērķis: ' : 'Purpose: '}
                  {s.purpose}
                </p>
              </td>
              <td>
                <ChangeLink
                  href={`${edit}#${fieldNames(s.scope).law}`}
                  what={SCOPE_NAMES[s.scope][locale]}
                  locale={locale}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <a href={`${edit}#${fieldNames('identity').chosen}`}>
          {lv ? 'Mainīt pieprasītos datu apjomus' : 'Change the data scopes asked for'}
        </a>
      </p>
      <h2>{lv ? 'Pieslēgums' : 'Connection'}</h2>
      <table class="summary-list">
        <tbody>
          {rows.map((r) => (
            <tr key={r.anchor}>
              <th scope="row">{r.label}</th>
              <td>{r.value}</td>
              <td>
                <ChangeLink href={`${edit}#${r.anchor}`} what={r.label} locale={locale} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{lv ? 'Iesniegšana' : 'Submitting'}</h2>
      <p>
        {lv
          ? 'Iesniedzot apliecināt, ka norādītās ziņas ir patiesas un dati tiks izmantoti tikai norādītajiem mērķiem. Pēc iesniegšanas pieprasījumu vairs nevarēs mainīt.'
          : 'By submitting you confirm that the information is true and the data will be used only for the purposes given. After submitting, the request can no longer be changed.'}
      </p>
      <form method="post" action={`/organizacijas/pieprasijumi/${view.id}/iesniegt`}>
        <CsrfField token={ctx.csrfToken} />
        <button type="submit">{lv ? 'Iesniegt' : 'Submit'}</button>
      </form>
    </Layout>
  );
}
