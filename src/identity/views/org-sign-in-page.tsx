import type { Text } from '../../platform/i18n/locale.ts';
import { CsrfField, ErrorSummary, type FieldErrors } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { EmailPasswordFields, TotpCodeField } from './sign-in-fields.tsx';
import { orgSignInPageTexts } from '../texts/org-sign-in-page.ts';
import { sharedTexts } from '../texts/shared.ts';

const TITLE: Text = orgSignInPageTexts.title;

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
      <p>{orgSignInPageTexts.intro[locale]}</p>
      <form method="post" action="/organizacijas/pieteikties" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="atpakal" value={props.returnTo} />
        <EmailPasswordFields locale={locale} email={props.email} errors={errors} />
        <TotpCodeField locale={locale} error={errors.code} />
        <button type="submit">{sharedTexts.signIn[locale]}</button>
      </form>
      <p>
        <a href="/organizacijas/registracija">{orgSignInPageTexts.registerLink[locale]}</a>
      </p>
    </Layout>
  );
}
