import type { SignInMethod } from '../../platform/http/auth.ts';
import type { Text } from '../../platform/i18n/locale.ts';
import { formatDateTime } from '../../platform/time/dates.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { signInMethodInfo } from '../sign-in-methods.ts';
import { sharedTexts } from '../texts/shared.ts';
import { signedInPageTexts } from '../texts/signed-in-page.ts';

const TITLE: Text = signedInPageTexts.title;

/** The sign-in result: who the provider says signed in, how, and until when. */
export function SignedInPage(props: {
  ctx: PageContext;
  name: string;
  personalCode: string;
  method: SignInMethod;
  expiresAt: Date;
}) {
  const { ctx } = props;
  const locale = ctx.locale;
  const rows: [Text, string][] = [
    [sharedTexts.name, props.name],
    [signedInPageTexts.personalCode, props.personalCode],
    [signedInPageTexts.method, signInMethodInfo(props.method).label[locale]],
    [
      signedInPageTexts.sessionEnds,
      `${formatDateTime(props.expiresAt, locale)} ${signedInPageTexts.ifIdle[locale]}`,
    ],
  ];
  return (
    <Layout ctx={ctx} title={TITLE[locale]}>
      <h1>{TITLE[locale]}</h1>
      <table class="summary-list">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label.en}>
              <th scope="row">{label[locale]}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <a href="/">{signedInPageTexts.servicesLink[locale]}</a>
      </p>
    </Layout>
  );
}
