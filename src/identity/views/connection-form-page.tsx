import type { Environment } from '../../agreements/service.ts';
import {
  CsrfField,
  ErrorSummary,
  SelectField,
  TextArea,
  TextField,
  type FieldErrors,
} from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { ENVIRONMENT_LABELS } from './connection-parts.tsx';

export interface ConnectionFormValues {
  name?: string;
  environment?: string;
  jwk?: string;
  keyExpiresOn?: string;
  sourceAddresses?: string;
}

const JWK_HINT = {
  lv: 'Publiskā atslēga JWK formātā (JSON): RSA vismaz 2048 biti, EC P-256/P-384 vai Ed25519. Nekad neiesniedziet privāto atslēgu. Ja JWK nav “kid”, to aprēķinām (RFC 7638).',
  en: 'The public key as a JWK (JSON): RSA of at least 2048 bits, EC P-256/P-384 or Ed25519. Never give the private key. Without a “kid” in the JWK we compute one (RFC 7638).',
};

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
        label={locale === 'lv' ? 'Publiskā atslēga (JWK)' : 'Public key (JWK)'}
        hint={JWK_HINT[locale]}
        value={props.values.jwk}
        error={props.errors.jwk}
        maxLength={10000}
      />
      <TextField
        name="keyExpiresOn"
        type="date"
        required
        label={locale === 'lv' ? 'Atslēga derīga līdz' : 'Key valid until'}
        hint={
          locale === 'lv'
            ? 'Datums nākotnē, ne vēlāk kā pēc 2 gadiem (GGGG-MM-DD).'
            : 'A date in the future, at most 2 years ahead (YYYY-MM-DD).'
        }
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
  const title = locale === 'lv' ? 'Pieteikt savienojumu' : 'Register a connection';
  return (
    <Layout ctx={props.ctx} title={title}>
      <ErrorSummary locale={locale} errors={props.errors} />
      <h1>{title}</h1>
      {props.environments.length === 0 ? (
        <p>
          {locale === 'lv'
            ? 'Savienojumu var pieteikt, kad ir noslēgts līgums, kas piešķir testa vai produkcijas vidi.'
            : 'A connection can be registered once an agreement granting the test or production environment is concluded.'}
        </p>
      ) : (
        <form method="post" action="/organizacijas/savienojumi/jauns" novalidate>
          <CsrfField token={props.ctx.csrfToken} />
          <TextField
            name="name"
            required
            label={locale === 'lv' ? 'Savienojuma nosaukums' : 'Connection name'}
            hint={
              locale === 'lv'
                ? 'Piemēram, informācijas sistēmas nosaukums.'
                : 'For example, the name of the information system.'
            }
            value={props.values.name}
            error={props.errors.name}
            maxLength={100}
          />
          <SelectField
            name="environment"
            required
            label={locale === 'lv' ? 'Vide' : 'Environment'}
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
            label={locale === 'lv' ? 'Atļautās avota adreses' : 'Allowed source addresses'}
            hint={
              locale === 'lv'
                ? 'Neobligāti. IPv4/IPv6 adreses vai CIDR bloki, pa vienam rindā. Tukšs: jebkura adrese.'
                : 'Optional. IPv4/IPv6 addresses or CIDR blocks, one per line. Empty: any address.'
            }
            value={props.values.sourceAddresses}
            error={props.errors.sourceAddresses}
            maxLength={3000}
          />
          <button type="submit">{locale === 'lv' ? 'Pieteikt' : 'Register'}</button>
        </form>
      )}
      <p>
        <a href="/organizacijas/savienojumi">
          {locale === 'lv' ? 'Atpakaļ uz savienojumiem' : 'Back to connections'}
        </a>
      </p>
    </Layout>
  );
}
