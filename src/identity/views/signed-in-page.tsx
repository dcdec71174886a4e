import type { SignInMethod } from '../../platform/http/auth.ts';
import type { Text } from '../../platform/i18n/locale.ts';
import { formatDateTime } from '../../platform/time/riga.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { signInMethodInfo } from '../sign-in-methods.ts';

const TITLE: Text = { lv: 'Jūs esat pieteicies', en: 'You are signed in' };

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
    [{ lv: 'Vārds, uzvārds', en: 'Name' }, props.name],
    [{ lv: 'Personas kods', en: 'Personal code' }, props.personalCode],
    [
      { lv: 'Pieteikšanās veids', en: 'Signed in with' },
      signInMethodInfo(props.method).label[locale],
    ],
    [
      { lv: 'Sesija beigsies', en: 'Session ends' },
      `${formatDateTime(props.expiresAt, locale)} ${locale === 'lv' ? '(ja nebūsiet aktīvs)' : '(if idle)'}`,
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
        <a href="/">
          {locale === 'lv' ? 'Uz e-pakalpojumu sarakstu' : 'To the list of e-services'}
        </a>
      </p>
    </Layout>
  );
}
