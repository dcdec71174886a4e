import type { Text } from '../../platform/i18n/locale.ts';
import {
  CsrfField,
  ErrorSummary,
  TextField,
  type FieldErrors,
} from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { TotpCodeField } from './sign-in-fields.tsx';
import { groupedSecret } from '../totp.ts';

const TITLE: Text = { lv: 'Konta iestatīšana', en: 'Set up your account' };

/**
 * The one-time set-up page: the TOTP secret as a QR code and as text to type, a password asked
 * twice, and the current code, which proves the app holds the secret before it is relied on.
 */
export function OrgSetupPage(props: {
  ctx: PageContext;
  token: string;
  name: string;
  email: string;
  secretBase32: string;
  qrDataUri: string;
  errors: FieldErrors;
}) {
  const { ctx, errors } = props;
  const locale = ctx.locale;
  return (
    <Layout ctx={ctx} title={TITLE[locale]}>
      <ErrorSummary locale={locale} errors={errors} />
      <h1>{TITLE[locale]}</h1>
      <p>
        {props.name} ({props.email})
      </p>
      <h2>{locale === 'lv' ? '1. Autentifikācijas lietotne' : '1. Authenticator app'}</h2>
      <p>
        {locale === 'lv'
          ? 'Pievienojiet kontu autentifikācijas lietotnē tālrunī: noskenējiet QR kodu vai ievadiet atslēgu.'
          : 'Add the account to the authenticator app on your phone: scan the QR code or type the key.'}
      </p>
      <img
        class="totp-qr"
        src={props.qrDataUri}
        width={200}
        height={200}
        alt={
          locale === 'lv'
            ? 'QR kods autentifikācijas lietotnei; tā pati atslēga ir dota zemāk tekstā.'
            : 'QR code for the authenticator app; the same key is given as text below.'
        }
      />
      <p>
        {locale === 'lv' ? 'Atslēga: ' : 'Key: '}
        <code class="totp-secret" data-secret={props.secretBase32}>
          {groupedSecret(props.secretBase32)}
        </code>
      </p>
      <p class="hint">
        {locale === 'lv'
          ? 'Laika kods, 6 cipari, maiņa ik pēc 30 sekundēm.'
          : 'Time-based code, 6 digits, changing every 30 seconds.'}
      </p>
      <h2>{locale === 'lv' ? '2. Parole un kods' : '2. Password and code'}</h2>
      <form method="post" action="/organizacijas/iestatit" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="zetons" value={props.token} />
        <TextField
          name="password"
          type="password"
          label={locale === 'lv' ? 'Jaunā parole' : 'New password'}
          hint={locale === 'lv' ? 'Vismaz 12 rakstzīmes' : 'At least 12 characters'}
          error={errors.password}
          required
          autocomplete="new-password"
          maxLength={1024}
        />
        <TextField
          name="passwordAgain"
          type="password"
          label={locale === 'lv' ? 'Parole vēlreiz' : 'Password again'}
          error={errors.passwordAgain}
          required
          autocomplete="new-password"
          maxLength={1024}
        />
        <TotpCodeField locale={locale} error={errors.code} />
        <button type="submit">{locale === 'lv' ? 'Iestatīt kontu' : 'Set up the account'}</button>
      </form>
    </Layout>
  );
}
