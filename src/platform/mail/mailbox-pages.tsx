import type { Text } from '../i18n/locale.ts';
import { formatDateTime } from '../time/riga.ts';
import { Layout, type PageContext } from '../views/layout.tsx';
import type { DevMail } from './dev-mailbox.ts';

const LIST_TITLE: Text = { lv: 'Izstrādes pastkaste', en: 'Development mailbox' };
const NOT_SENT: Text = {
  lv: 'Šīs vēstules netika nosūtītas: bez SMTP_URL pasts paliek šeit. Lapa ir tikai izstrādes un testa režīmā.',
  en: 'These messages were not sent: without SMTP_URL mail stays here. This page exists in development and test mode only.',
};

export function DevMailListPage(props: {
  ctx: PageContext;
  mails: Pick<DevMail, 'id' | 'recipient' | 'subject' | 'created_at'>[];
}) {
  const { locale } = props.ctx;
  const lv = locale === 'lv';
  return (
    <Layout ctx={props.ctx} title={LIST_TITLE[locale]}>
      <h1>{LIST_TITLE[locale]}</h1>
      <p class="lead">{NOT_SENT[locale]}</p>
      {props.mails.length === 0 ? (
        <p>{lv ? 'Vēstuļu nav.' : 'No messages.'}</p>
      ) : (
        <table>
          <caption class="hint">
            {lv ? 'Jaunākās vēstules vispirms' : 'Newest messages first'}
          </caption>
          <thead>
            <tr>
              <th scope="col">{lv ? 'Laiks' : 'Time'}</th>
              <th scope="col">{lv ? 'Kam' : 'To'}</th>
              <th scope="col">{lv ? 'Temats' : 'Subject'}</th>
            </tr>
          </thead>
          <tbody>
            {props.mails.map((mail) => (
              <tr key={mail.id}>
                <td>{formatDateTime(mail.created_at, locale)}</td>
                <td>{mail.recipient}</td>
                <td>
                  <a href={`/dev/mail/${mail.id}?lang=${locale}`}>{mail.subject}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

export function DevMailPage(props: { ctx: PageContext; mail: DevMail }) {
  const { ctx, mail } = props;
  const lv = ctx.locale === 'lv';
  return (
    <Layout ctx={ctx} title={mail.subject}>
      <p>
        <a href={`/dev/mail?lang=${ctx.locale}`}>{LIST_TITLE[ctx.locale]}</a>
      </p>
      <h1>{mail.subject}</h1>
      <table class="summary-list">
        <tbody>
          <tr>
            <th scope="row">{lv ? 'Kam' : 'To'}</th>
            <td>{mail.recipient}</td>
          </tr>
          <tr>
            <th scope="row">{lv ? 'Laiks' : 'Time'}</th>
            <td>{formatDateTime(mail.created_at, ctx.locale)}</td>
          </tr>
          {mail.reference === null ? null : (
            <tr>
              <th scope="row">{lv ? 'Atsauce' : 'Reference'}</th>
              <td>{mail.reference}</td>
            </tr>
          )}
        </tbody>
      </table>
      <h2>{lv ? 'Teksts' : 'Text'}</h2>
      <pre>{mail.text}</pre>
      {mail.html === null ? null : (
        <details>
          {/* The HTML part as source, escaped: rendering it would run whatever the mail holds
              inside the service's own origin. */}
          <summary>{lv ? 'HTML daļa (pirmkods)' : 'HTML part (source)'}</summary>
          <pre>{mail.html}</pre>
        </details>
      )}
    </Layout>
  );
}
