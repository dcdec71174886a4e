import { CsrfField, ErrorSummary, type FieldErrors } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import type { ConnectionView } from '../connection-reader.ts';
import { KeyFields, type ConnectionFormValues } from './connection-form-page.tsx';
import { ConnectionKeysTable, KeyExpiryWarning } from './connection-parts.tsx';
import { ConnectionSummary } from './connection-summary.tsx';

/** One connection of the organisation: its facts, its keys, and rotating them. */
export function ConnectionDetailPage(props: {
  ctx: PageContext;
  view: ConnectionView;
  tokenUrl: string;
  /** Just registered: the confirmation with the client_id as reference. */
  registered: boolean;
  keyValues: ConnectionFormValues;
  keyErrors: FieldErrors;
}) {
  const { locale } = props.ctx;
  const c = props.view.connection;
  const base = `/organizacijas/savienojumi/${c.client_id}`;
  return (
    <Layout ctx={props.ctx} title={c.name}>
      <ErrorSummary locale={locale} errors={props.keyErrors} />
      {props.registered ? (
        <div class="panel-confirmation">
          <h1>{locale === 'lv' ? 'Savienojums pieteikts' : 'Connection registered'}</h1>
          <p>
            client_id: <strong>{c.client_id}</strong>
          </p>
        </div>
      ) : (
        <h1>{c.name}</h1>
      )}
      {props.registered ? (
        <p>
          {locale === 'lv'
            ? 'PMLP pārbaudīs un aktivizēs savienojumu; par to nosūtīsim e-pastu organizācijai.'
            : 'PMLP will check and activate the connection; we will e-mail the organisation.'}
        </p>
      ) : null}
      <KeyExpiryWarning locale={locale} count={props.view.expiringKeys} />
      <ConnectionSummary locale={locale} view={props.view} tokenUrl={props.tokenUrl} />
      <h2>{locale === 'lv' ? 'Atslēgas' : 'Keys'}</h2>
      <p>
        {locale === 'lv'
          ? 'Jauna atslēga darbojas uzreiz līdzās vecajai; atsauciet veco, kad sistēma pāriet uz jauno.'
          : 'A new key works at once beside the old one; retire the old one once the system uses the new.'}
      </p>
      <ConnectionKeysTable
        locale={locale}
        keys={props.view.keys}
        retireForm={(key) => (
          <form method="post" action={`${base}/atslegas/${String(key.id)}/atsaukt`}>
            <CsrfField token={props.ctx.csrfToken} />
            <button type="submit" class="secondary">
              {locale === 'lv' ? 'Atsaukt' : 'Retire'}
              <span class="visually-hidden"> {key.kid}</span>
            </button>
          </form>
        )}
      />
      <h2 id="add-key">{locale === 'lv' ? 'Pievienot atslēgu' : 'Add a key'}</h2>
      <form method="post" action={`${base}/atslegas`} novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <KeyFields ctx={props.ctx} values={props.keyValues} errors={props.keyErrors} />
        <button type="submit">{locale === 'lv' ? 'Pievienot atslēgu' : 'Add the key'}</button>
      </form>
      <p>
        <a href="/organizacijas/savienojumi">
          {locale === 'lv' ? 'Atpakaļ uz savienojumiem' : 'Back to connections'}
        </a>
      </p>
    </Layout>
  );
}
