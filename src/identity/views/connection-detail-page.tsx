import {
  CsrfField,
  ErrorSummary,
  FormTokenField,
  type FieldErrors,
} from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import type { ConnectionView } from '../connection-reader.ts';
import { KeyFields, type ConnectionFormValues } from './connection-form-page.tsx';
import { ConnectionKeysTable, KeyExpiryWarning } from './connection-parts.tsx';
import { ConnectionSummary } from './connection-summary.tsx';
import { TestPersonsSection } from './test-persons-section.tsx';
import { WELL_KNOWN_PERSONS } from '../../register/service.ts';
import { sharedTexts } from '../texts/shared.ts';
import { connectionListPageTexts } from '../texts/connection-list-page.ts';
import { connectionDetailPageTexts } from '../texts/connection-detail-page.ts';

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
          <h1>{connectionDetailPageTexts.registeredTitle[locale]}</h1>
          <p>
            {connectionListPageTexts.clientId[locale]}: <strong>{c.client_id}</strong>
          </p>
        </div>
      ) : (
        <h1>{c.name}</h1>
      )}
      {props.registered ? <p>{connectionDetailPageTexts.registeredNext[locale]}</p> : null}
      <KeyExpiryWarning locale={locale} count={props.view.expiringKeys} />
      <ConnectionSummary locale={locale} view={props.view} tokenUrl={props.tokenUrl} />
      {c.environment === 'test' ? (
        <TestPersonsSection locale={locale} persons={WELL_KNOWN_PERSONS} />
      ) : null}
      <h2>{connectionDetailPageTexts.webhookHeading[locale]}</h2>
      <p>
        <a href={`${base}/webhook`}>{connectionDetailPageTexts.webhookLink[locale]}</a>
      </p>
      <h2>{sharedTexts.keys[locale]}</h2>
      <p>{connectionDetailPageTexts.keysIntro[locale]}</p>
      <ConnectionKeysTable
        locale={locale}
        keys={props.view.keys}
        retireForm={(key) => (
          <form method="post" action={`${base}/atslegas/${String(key.id)}/atsaukt`}>
            <CsrfField token={props.ctx.csrfToken} />
            <FormTokenField ctx={props.ctx} />
            <button type="submit" class="secondary">
              {connectionDetailPageTexts.retire[locale]}
              <span class="visually-hidden"> {key.kid}</span>
            </button>
          </form>
        )}
      />
      <h2 id="add-key">{connectionDetailPageTexts.addKeyHeading[locale]}</h2>
      <form method="post" action={`${base}/atslegas`} novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <FormTokenField ctx={props.ctx} />
        <KeyFields ctx={props.ctx} values={props.keyValues} errors={props.keyErrors} />
        <button type="submit">{connectionDetailPageTexts.addKey[locale]}</button>
      </form>
      <p>
        <a href="/organizacijas/savienojumi">{sharedTexts.backToConnections[locale]}</a>
      </p>
    </Layout>
  );
}
