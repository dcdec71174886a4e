import { type ConnectionView } from '../../identity/service.ts';
import { ConnectionKeysTable, ConnectionSummary, KeyExpiryWarning } from '../../identity/views.ts';
import { CsrfField, ErrorSummary, TextArea } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';

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
        <a href="/darbinieki/savienojumi">
          {locale === 'lv' ? 'Atpakaļ uz sarakstu' : 'Back to the list'}
        </a>
      </p>
      <KeyExpiryWarning locale={locale} count={props.view.expiringKeys} />
      <ConnectionSummary locale={locale} view={props.view} tokenUrl={props.tokenUrl} />
      <h2>{locale === 'lv' ? 'Atslēgas' : 'Keys'}</h2>
      <ConnectionKeysTable locale={locale} keys={props.view.keys} />
      {c.status === 'pending' ? (
        <form method="post" action={`${base}/aktivizet`}>
          <CsrfField token={props.ctx.csrfToken} />
          <h2>{locale === 'lv' ? 'Aktivizēt' : 'Activate'}</h2>
          <p>
            {locale === 'lv'
              ? 'Pārbaudiet, vai atslēga un avota adreses atbilst līgumam. Organizācijai tiks nosūtīts e-pasts.'
              : 'Check that the key and source addresses fit the agreement. The organisation will be e-mailed.'}
          </p>
          <button type="submit">
            {locale === 'lv' ? 'Aktivizēt savienojumu' : 'Activate the connection'}
          </button>
        </form>
      ) : null}
      {c.status === 'active' ? (
        <form method="post" action={`${base}/apturet`} novalidate>
          <CsrfField token={props.ctx.csrfToken} />
          <h2>{locale === 'lv' ? 'Apturēt' : 'Suspend'}</h2>
          <TextArea
            name="reason"
            required
            label={locale === 'lv' ? 'Apturēšanas iemesls' : 'Reason for suspending'}
            hint={
              locale === 'lv'
                ? 'Tiks nosūtīts organizācijai. Tokeni vairs netiks izsniegti.'
                : 'Sent to the organisation. No more tokens are issued.'
            }
            value={props.values.reason}
            error={props.errors.reason}
            maxLength={1000}
          />
          <button type="submit">
            {locale === 'lv' ? 'Apturēt savienojumu' : 'Suspend the connection'}
          </button>
        </form>
      ) : null}
      {c.status === 'suspended' ? (
        <form method="post" action={`${base}/atjaunot`}>
          <CsrfField token={props.ctx.csrfToken} />
          <h2>{locale === 'lv' ? 'Atjaunot' : 'Restore'}</h2>
          <button type="submit">
            {locale === 'lv' ? 'Atjaunot savienojumu' : 'Restore the connection'}
          </button>
        </form>
      ) : null}
    </Layout>
  );
}
