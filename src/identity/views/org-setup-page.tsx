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
import { orgSetupPageTexts } from '../texts/org-setup-page.ts';

const TITLE: Text = orgSetupPageTexts.title;

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
      <h2>{orgSetupPageTexts.authenticatorStep[locale]}</h2>
      <p>{orgSetupPageTexts.authenticatorIntro[locale]}</p>
      <img
        class="totp-qr"
        src={props.qrDataUri}
        width={200}
        height={200}
        alt={orgSetupPageTexts.qrCodeAlt[locale]}
      />
      <p>
        {orgSetupPageTexts.key[locale]}
        <code class="totp-secret" data-secret={props.secretBase32}>
          {groupedSecret(props.secretBase32)}
        </code>
      </p>
      <p class="hint">{orgSetupPageTexts.keyHint[locale]}</p>
      <h2>{orgSetupPageTexts.passwordStep[locale]}</h2>
      <form method="post" action="/organizacijas/iestatit" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="zetons" value={props.token} />
        <TextField
          name="password"
          type="password"
          label={orgSetupPageTexts.newPassword[locale]}
          hint={orgSetupPageTexts.newPasswordHint[locale]}
          error={errors.password}
          required
          autocomplete="new-password"
          maxLength={1024}
        />
        <TextField
          name="passwordAgain"
          type="password"
          label={orgSetupPageTexts.passwordAgain[locale]}
          error={errors.passwordAgain}
          required
          autocomplete="new-password"
          maxLength={1024}
        />
        <TotpCodeField locale={locale} error={errors.code} />
        <button type="submit">{orgSetupPageTexts.submit[locale]}</button>
      </form>
    </Layout>
  );
}
