import type { Locale } from '../../platform/i18n/locale.ts';
import { CsrfField, FormTokenField } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { fieldNames } from '../request-form.ts';
import { ENVIRONMENT_NAMES } from '../request-texts.ts';
import type { RequestView } from '../request-view.ts';
import { SCOPE_NAMES } from '../scope-names.ts';
import { requestPageTexts as texts } from '../texts/request-pages.ts';

function ChangeLink(props: { href: string; what: string; locale: Locale }) {
  return (
    <a href={props.href}>
      {texts.check.change[props.locale]}
      <span class="visually-hidden"> {props.what}</span>
    </a>
  );
}

/** Check your answers before submitting: every answer with a "Mainīt" link back to its field. */
export function RequestCheckPage(props: { ctx: PageContext; view: RequestView }) {
  const { ctx, view } = props;
  const locale = ctx.locale;
  const { facts, check } = texts;
  const edit = `/organizacijas/pieprasijumi/${view.id}/labot`;
  const title = check.title[locale];
  const rows: { label: string; value: string; anchor: string }[] = [
    {
      label: facts.environments[locale],
      value: view.environments.map((e) => ENVIRONMENT_NAMES[e][locale]).join(', '),
      anchor: 'env_test',
    },
    {
      label: facts.pdpUsers[locale],
      value: String(view.pdpUsers),
      anchor: 'pdpUsers',
    },
    {
      label: facts.systemConnections[locale],
      value: String(view.systemConnections),
      anchor: 'systemConnections',
    },
    {
      label: facts.monitoring[locale],
      value: view.monitoring
        ? facts.monitoringPersons[locale](view.monitoringPersons ?? 0)
        : texts.no[locale],
      anchor: 'monitoring_yes',
    },
  ];
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <h2>{texts.dataScopesHeading[locale]}</h2>
      <table class="summary-list">
        <tbody>
          {view.scopes.map((s) => (
            <tr key={s.scope}>
              <th scope="row">{SCOPE_NAMES[s.scope][locale]}</th>
              <td>
                <p>
                  {check.legalBasis[locale]}
                  {s.legalBasisLaw}, {s.legalBasisArticle}
                </p>
                <p>
                  {check.purpose[locale]}
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
        <a href={`${edit}#${fieldNames('identity').chosen}`}>{check.changeScopes[locale]}</a>
      </p>
      <h2>{texts.connectionHeading[locale]}</h2>
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
      <h2>{check.submittingHeading[locale]}</h2>
      <p>{check.declaration[locale]}</p>
      <form method="post" action={`/organizacijas/pieprasijumi/${view.id}/iesniegt`}>
        <CsrfField token={ctx.csrfToken} />
        <FormTokenField ctx={ctx} />
        <button type="submit">{check.submit[locale]}</button>
      </form>
    </Layout>
  );
}
