import type { Text } from '../../platform/i18n/locale.ts';
import {
  CsrfField,
  ErrorSummary,
  TextField,
  type FieldErrors,
} from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';

const TITLE: Text = {
  lv: 'Organizāciju lietotāju pieteikšanās',
  en: 'Organisation users’ sign-in',
};

/** E-mail, password and the authenticator app's code; on error the e-mail is kept. */
export function OrgSignInPage(props: {
  ctx: PageContext;
  email: string;
  returnTo: string;
  errors: FieldErrors;
}) {
  const { ctx, errors } = props;
  const locale = ctx.locale;
  return (
    <Layout ctx={ctx} title={TITLE[locale]}>
      <ErrorSummary locale={locale} errors={errors} />
      <h1>{TITLE[locale]}</h1>
      <p>
        {locale === 'lv'
          ? 'Organizāciju pārstāvjiem un personu datu pārlūka lietotājiem.'
          : 'For representatives of organisations and users of the Person Data Browser.'}
      </p>
      <form method="post" action="/organizacijas/pieteikties" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="atpakal" value={props.returnTo} />
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
        <TextField
          name="code"
          label={
            locale === 'lv'
              ? 'Kods no autentifikācijas lietotnes'
              : 'Code from the authenticator app'
          }
          hint={locale === 'lv' ? '6 cipari, piemēram, 123456' : '6 digits, like 123456'}
          error={errors.code}
          required
          autocomplete="one-time-code"
          maxLength={10}
        />
        <button type="submit">{locale === 'lv' ? 'Pieteikties' : 'Sign in'}</button>
      </form>
      <p>
        <a href="/organizacijas/registracija">
          {locale === 'lv' ? 'Reģistrēt organizāciju' : 'Register an organisation'}
        </a>
      </p>
    </Layout>
  );
}
