import { formatDateTime } from '../time/dates.ts';
import { Layout, type PageContext } from '../views/layout.tsx';
import { platformTexts } from '../views/texts.ts';
import type { DevMail, DevMailAttachmentInfo } from './dev-mailbox.ts';

const words = platformTexts.mailbox;

/** Where a kept mail's attachment downloads: its mail and its place in the message. */
export function devAttachmentPath(mailId: string, position: number): string {
  return `/dev/mail/${mailId}/pielikumi/${position}`;
}

function AttachmentLinks(props: {
  mailId: string;
  attachments: readonly DevMailAttachmentInfo[];
  locale: 'lv' | 'en';
}) {
  return (
    <ul>
      {props.attachments.map((a) => (
        <li key={a.position}>
          <a href={devAttachmentPath(props.mailId, a.position)} download={a.filename}>
            {a.filename}
          </a>{' '}
          ({a.contentType}, {words.size[props.locale](a.bytes)})
        </li>
      ))}
    </ul>
  );
}

export function DevMailListPage(props: {
  ctx: PageContext;
  mails: Pick<DevMail, 'id' | 'recipient' | 'subject' | 'created_at'>[];
  attachments: ReadonlyMap<string, readonly DevMailAttachmentInfo[]>;
}) {
  const { locale } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={words.title[locale]}>
      <h1>{words.title[locale]}</h1>
      <p class="lead">{words.notSent[locale]}</p>
      {props.mails.length === 0 ? (
        <p>{words.none[locale]}</p>
      ) : (
        <table>
          <caption class="hint">{words.newestFirst[locale]}</caption>
          <thead>
            <tr>
              <th scope="col">{words.time[locale]}</th>
              <th scope="col">{words.to[locale]}</th>
              <th scope="col">{words.subject[locale]}</th>
              <th scope="col">{words.attachments[locale]}</th>
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
                <td>
                  <MailAttachments
                    mailId={mail.id}
                    attachments={props.attachments.get(mail.id) ?? []}
                    locale={locale}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

function MailAttachments(props: {
  mailId: string;
  attachments: readonly DevMailAttachmentInfo[];
  locale: 'lv' | 'en';
}) {
  if (props.attachments.length === 0) return <>{words.noAttachments[props.locale]}</>;
  return <AttachmentLinks {...props} />;
}

export function DevMailPage(props: {
  ctx: PageContext;
  mail: DevMail;
  attachments: readonly DevMailAttachmentInfo[];
}) {
  const { ctx, mail } = props;
  const { locale } = ctx;
  return (
    <Layout ctx={ctx} title={mail.subject}>
      <p>
        <a href={`/dev/mail?lang=${ctx.locale}`}>{words.title[locale]}</a>
      </p>
      <h1>{mail.subject}</h1>
      <table class="summary-list">
        <tbody>
          <tr>
            <th scope="row">{words.to[locale]}</th>
            <td>{mail.recipient}</td>
          </tr>
          <tr>
            <th scope="row">{words.time[locale]}</th>
            <td>{formatDateTime(mail.created_at, ctx.locale)}</td>
          </tr>
          {mail.reference === null ? null : (
            <tr>
              <th scope="row">{words.reference[locale]}</th>
              <td>{mail.reference}</td>
            </tr>
          )}
        </tbody>
      </table>
      {props.attachments.length === 0 ? null : (
        <>
          <h2>{words.attachments[locale]}</h2>
          <AttachmentLinks mailId={mail.id} attachments={props.attachments} locale={locale} />
        </>
      )}
      <h2>{words.text[locale]}</h2>
      <pre>{mail.text}</pre>
      {mail.html === null ? null : (
        <details>
          {/* The HTML part as source, escaped: rendering it would run whatever the mail holds
              inside the service's own origin. */}
          <summary>{words.html[locale]}</summary>
          <pre>{mail.html}</pre>
        </details>
      )}
    </Layout>
  );
}
