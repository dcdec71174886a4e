import type { Locale } from '../../platform/i18n/locale.ts';
import { TextField, type FieldErrors } from '../../platform/views/forms.tsx';
import { signInFieldsTexts } from '../texts/sign-in-fields.ts';
import { sharedTexts } from '../texts/shared.ts';

/**
 * E-mail and current password, shared by the staff and the organisation users' sign-in forms so
 * both ask the same way (same names, autocomplete and limits).
 */
export function EmailPasswordFields(props: { locale: Locale; email: string; errors: FieldErrors }) {
  const { locale, errors } = props;
  return (
    <>
      <TextField
        name="email"
        type="email"
        label={sharedTexts.emailAddress[locale]}
        value={props.email}
        error={errors.email}
        required
        autocomplete="username"
        maxLength={254}
      />
      <TextField
        name="password"
        type="password"
        label={signInFieldsTexts.password[locale]}
        error={errors.password}
        required
        autocomplete="current-password"
        maxLength={1024}
      />
    </>
  );
}

/** The authenticator app's code, asked the same way at account set-up and at every sign-in. */
export function TotpCodeField(props: { locale: Locale; error: string | undefined }) {
  const { locale } = props;
  return (
    <TextField
      name="code"
      label={signInFieldsTexts.code[locale]}
      hint={signInFieldsTexts.codeHint[locale]}
      error={props.error}
      required
      autocomplete="one-time-code"
      maxLength={10}
    />
  );
}
