import type { Text } from '../../platform/i18n/locale.ts';
import { CsrfField, ErrorSummary, type FieldErrors } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { EmailPasswordFields, TotpCodeField } from './sign-in-fields.tsx';
import { sharedTexts } from '../texts/shared.ts';
import { staffSignInPageTexts } from '../texts/staff-sign-in-page.ts';

const TITLE: Text = staffSignInPageTexts.title;

/** E-mail, password and the authenticator app's code; on error the e-mail is kept. */
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
      <p>{staffSignInPageTexts.intro[locale]}</p>
      <ErrorSummary locale={locale} errors={errors} />
      <form method="post" action="/darbinieki/pieteikties" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="atpakal" value={props.returnTo} />
        <EmailPasswordFields locale={locale} email={props.email} errors={errors} />
        <TotpCodeField locale={locale} error={errors.code} />
        <button type="submit">{sharedTexts.signIn[locale]}</button>
      </form>
    </Layout>
  );
}
