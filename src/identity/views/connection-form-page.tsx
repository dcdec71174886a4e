import type { Environment } from '../../agreements/service.ts';
import {
  CsrfField,
  ErrorSummary,
  FormTokenField,
  SelectField,
  TextArea,
  TextField,
  type FieldErrors,
} from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { ENVIRONMENT_LABELS } from './connection-parts.tsx';
import { sharedTexts } from '../texts/shared.ts';
import { connectionFormPageTexts } from '../texts/connection-form-page.ts';

export interface ConnectionFormValues {
  name?: string;
  environment?: string;
  jwk?: string;
  keyExpiresOn?: string;
  sourceAddresses?: string;
}

const JWK_HINT = connectionFormPageTexts.jwkHint;

/** The key fields, shared by registering a connection and adding a key to one. */
export function KeyFields(props: {
  ctx: PageContext;
  values: ConnectionFormValues;
  errors: FieldErrors;
}) {
  const { locale } = props.ctx;
  return (
    <>
      <TextArea
        name="jwk"
        required
        label={connectionFormPageTexts.publicKeyJwk[locale]}
        hint={JWK_HINT[locale]}
        value={props.values.jwk}
        error={props.errors.jwk}
        maxLength={10000}
      />
      <TextField
        name="keyExpiresOn"
        type="date"
        required
        label={connectionFormPageTexts.keyValidUntil[locale]}
        hint={connectionFormPageTexts.keyValidUntilHint[locale]}
        value={props.values.keyExpiresOn}
        error={props.errors.keyExpiresOn}
      />
    </>
  );
}

/** Registering a system connection: name, environment, public key, source addresses. */
export function ConnectionFormPage(props: {
  ctx: PageContext;
  environments: Environment[];
  values: ConnectionFormValues;
  errors: FieldErrors;
}) {
  const { locale } = props.ctx;
  const title = connectionFormPageTexts.title[locale];
  return (
    <Layout ctx={props.ctx} title={title}>
      <ErrorSummary locale={locale} errors={props.errors} />
      <h1>{title}</h1>
      {props.environments.length === 0 ? (
        <p>{connectionFormPageTexts.intro[locale]}</p>
      ) : (
        <form method="post" action="/organizacijas/savienojumi/jauns" novalidate>
          <CsrfField token={props.ctx.csrfToken} />
          <FormTokenField ctx={props.ctx} />
          <TextField
            name="name"
            required
            label={connectionFormPageTexts.connectionName[locale]}
            hint={connectionFormPageTexts.connectionNameHint[locale]}
            value={props.values.name}
            error={props.errors.name}
            maxLength={100}
          />
          <SelectField
            name="environment"
            required
            label={sharedTexts.environment[locale]}
            value={props.values.environment}
            error={props.errors.environment}
            options={props.environments.map((env) => ({
              value: env,
              label: ENVIRONMENT_LABELS[env][locale],
            }))}
          />
          <KeyFields ctx={props.ctx} values={props.values} errors={props.errors} />
          <TextArea
            name="sourceAddresses"
            label={connectionFormPageTexts.allowedSourceAddresses[locale]}
            hint={connectionFormPageTexts.sourceAddressesHint[locale]}
            value={props.values.sourceAddresses}
            error={props.errors.sourceAddresses}
            maxLength={3000}
          />
          <button type="submit">{connectionFormPageTexts.register[locale]}</button>
        </form>
      )}
      <p>
        <a href="/organizacijas/savienojumi">{sharedTexts.backToConnections[locale]}</a>
      </p>
    </Layout>
  );
}
