import type { Locale } from '../../platform/i18n/locale.ts';
import { TextField, type FieldErrors } from '../../platform/views/forms.tsx';

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
        label={locale === 'lv' ? 'E-pasta adrese' : 'E-mail address'}
        value={props.email}
        error={errors.email}
        required
        autocomplete="username"
        maxLength={254}
      />
      <TextField
        name="password"
        type="password"
        label={locale === 'lv' ? 'Parole' : 'Password'}
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
      label={
        locale === 'lv' ? 'Kods no autentifikācijas lietotnes' : 'Code from the authenticator app'
      }
      hint={locale === 'lv' ? '6 cipari, piemēram, 123456' : '6 digits, like 123456'}
      error={props.error}
      required
      autocomplete="one-time-code"
      maxLength={10}
    />
  );
}
