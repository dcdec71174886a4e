import { type ConnectionView } from '../../identity/service.ts';
import { ConnectionKeysTable, ConnectionSummary, KeyExpiryWarning } from '../../identity/views.ts';
import { CsrfField, FormTokenField, ErrorSummary, TextArea } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { staffTexts } from '../texts/common.ts';
import { connectionTexts } from '../texts/connections.ts';

const texts = connectionTexts.connectionPage;

/** One connection for PMLP staff, with the one action its status allows. */
export function StaffConnectionPage(props: {
  ctx: PageContext;
  view: ConnectionView;
  tokenUrl: string;
  values: { reason?: string };
  errors: Record<string, string>;
}) {
  const { locale } = props.ctx;
  const c = props.view.connection;
  const base = `/darbinieki/savienojumi/${c.client_id}`;
  return (
    <Layout ctx={props.ctx} title={c.name}>
      <ErrorSummary locale={locale} errors={props.errors} />
      <p class="caption">{props.view.organisationName}</p>
      <h1>{c.name}</h1>
      <p>
        <a href="/darbinieki/savienojumi">{staffTexts.link.backToList[locale]}</a>
      </p>
      <KeyExpiryWarning locale={locale} count={props.view.expiringKeys} />
      <ConnectionSummary locale={locale} view={props.view} tokenUrl={props.tokenUrl} />
      <h2>{texts.keys[locale]}</h2>
      <ConnectionKeysTable locale={locale} keys={props.view.keys} />
      {c.status === 'pending' ? (
        <form method="post" action={`${base}/aktivizet`}>
          <CsrfField token={props.ctx.csrfToken} />
          <FormTokenField ctx={props.ctx} />
          <h2>{texts.activate.heading[locale]}</h2>
          <p>{texts.activate.check[locale]}</p>
          <button type="submit">{texts.activate.submit[locale]}</button>
        </form>
      ) : null}
      {c.status === 'active' ? (
        <form method="post" action={`${base}/apturet`} novalidate>
          <CsrfField token={props.ctx.csrfToken} />
          <FormTokenField ctx={props.ctx} />
          <h2>{texts.suspend.heading[locale]}</h2>
          <TextArea
            name="reason"
            required
            label={texts.suspend.reason[locale]}
            hint={texts.suspend.reasonHint[locale]}
            value={props.values.reason}
            error={props.errors.reason}
            maxLength={1000}
          />
          <button type="submit">{texts.suspend.submit[locale]}</button>
        </form>
      ) : null}
      {c.status === 'suspended' ? (
        <form method="post" action={`${base}/atjaunot`}>
          <CsrfField token={props.ctx.csrfToken} />
          <FormTokenField ctx={props.ctx} />
          <h2>{texts.restore.heading[locale]}</h2>
          <button type="submit">{texts.restore.submit[locale]}</button>
        </form>
      ) : null}
    </Layout>
  );
}
