import type { Text } from '../../platform/i18n/locale.ts';
import { CsrfField, ErrorSummary, type FieldErrors } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { EmailPasswordFields } from './sign-in-fields.tsx';

const TITLE: Text = { lv: 'Darbinieku pieteikšanās', en: 'Staff sign-in' };

/** E-mail and password; on error the e-mail is kept and the password asked again. */
export function StaffSignInPage(props: {
  ctx: PageContext;
  email: string;
  /** Where to go after signing in (a local path, already checked). */
  returnTo: string;
  errors: FieldErrors;
}) {
  const { ctx, errors } = props;
  const locale = ctx.locale;
  return (
    <Layout ctx={ctx} title={TITLE[locale]}>
      <h1>{TITLE[locale]}</h1>
      <p>
        {locale === 'lv'
          ? 'Pilsonības un migrācijas lietu pārvaldes un Iekšlietu ministrijas Informācijas centra darbiniekiem.'
          : 'For staff of the Office of Citizenship and Migration Affairs and of the Information Centre of the Ministry of the Interior.'}
      </p>
      <ErrorSummary locale={locale} errors={errors} />
      <form method="post" action="/darbinieki/pieteikties" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="atpakal" value={props.returnTo} />
        <EmailPasswordFields locale={locale} email={props.email} errors={errors} />
        <button type="submit">{locale === 'lv' ? 'Pieteikties' : 'Sign in'}</button>
      </form>
    </Layout>
  );
}
