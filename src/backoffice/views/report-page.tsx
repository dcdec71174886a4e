import { BdasRecordView } from '../../register/views.ts';
import { formatDateTime } from '../../platform/time/riga.ts';
import { CsrfField, ErrorSummary, SelectField, TextArea } from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import {
  DATA_ITEMS,
  KIND_NAMES,
  STATUS_NAMES,
  type ReportStatus,
} from '../../residents/service.ts';
import type { ReportForStaffView } from '../report-view.ts';

/** One report, with the person's BDAS data beside it and the form to move it on. */
export function ReportPage(props: {
  ctx: PageContext;
  view: ReportForStaffView;
  values: { status?: string; reply?: string };
  errors: Record<string, string>;
}) {
  const { locale } = props.ctx;
  const { report, updates, bdas } = props.view;
  const base = `/darbinieki/zinojumi/${report.reference}`;
  const closed = report.status === 'resolved' || report.status === 'rejected';
  const dataItem =
    report.data_item === null ? null : DATA_ITEMS[report.data_item as keyof typeof DATA_ITEMS];
  return (
    <Layout ctx={props.ctx} title={report.reference}>
      <ErrorSummary locale={locale} errors={props.errors} />
      <p class="caption">{KIND_NAMES[report.kind][locale]}</p>
      <h1>{report.reference}</h1>
      <p>
        <a href="/darbinieki/zinojumi">
          {locale === 'lv' ? 'Atpakaļ uz sarakstu' : 'Back to the list'}
        </a>
      </p>
      <div class="side-by-side">
        <section aria-labelledby="report-heading">
          <h2 id="report-heading">{locale === 'lv' ? 'Ziņojums' : 'Report'}</h2>
          <table class="summary-list">
            <tbody>
              <tr>
                <th scope="row">{locale === 'lv' ? 'Statuss' : 'Status'}</th>
                <td>
                  <span class="tag">{STATUS_NAMES[report.status][locale]}</span>
                </td>
              </tr>
              <tr>
                <th scope="row">{locale === 'lv' ? 'Saņemts' : 'Received'}</th>
                <td>{formatDateTime(report.created_at, locale)}</td>
              </tr>
              {dataItem === null || dataItem === undefined ? null : (
                <tr>
                  <th scope="row">{locale === 'lv' ? 'Nepareizie dati' : 'Wrong data'}</th>
                  <td>{dataItem[locale]}</td>
                </tr>
              )}
              <tr>
                <th scope="row">{locale === 'lv' ? 'Apraksts' : 'Description'}</th>
                <td>{report.description}</td>
              </tr>
              {report.correct_value === null ? null : (
                <tr>
                  <th scope="row">{locale === 'lv' ? 'Pareizie dati' : 'Correct data'}</th>
                  <td>{report.correct_value}</td>
                </tr>
              )}
              <tr>
                <th scope="row">{locale === 'lv' ? 'Saziņa' : 'Contact'}</th>
                <td>
                  {[report.contact_email, report.contact_phone]
                    .filter((c) => c !== null)
                    .join(', ')}
                </td>
              </tr>
              {report.attachment_name === null ? null : (
                <tr>
                  <th scope="row">{locale === 'lv' ? 'Pielikums' : 'Attachment'}</th>
                  <td>
                    <a href={`${base}/pielikums`}>{report.attachment_name}</a> (
                    {Math.ceil((report.attachment_size ?? 0) / 1024)} KB)
                  </td>
                </tr>
              )}
            </tbody>
          </table>
          <h2>{locale === 'lv' ? 'Vēsture' : 'History'}</h2>
          <ol>
            {updates.map((u) => (
              <li key={u.id}>
                {formatDateTime(u.created_at, locale)}: {STATUS_NAMES[u.status][locale]}
                {u.reply === null ? null : <blockquote>{u.reply}</blockquote>}
              </li>
            ))}
          </ol>
          {closed ? null : (
            <form method="post" action={`${base}/statuss`} novalidate>
              <CsrfField token={props.ctx.csrfToken} />
              <h2>{locale === 'lv' ? 'Mainīt statusu' : 'Change the status'}</h2>
              <SelectField
                name="status"
                required
                label={locale === 'lv' ? 'Jaunais statuss' : 'New status'}
                value={props.values.status ?? report.status}
                error={props.errors.status}
                options={(
                  ['received', 'in_progress', 'resolved', 'rejected'] as ReportStatus[]
                ).map((s) => ({
                  value: s,
                  label: STATUS_NAMES[s][locale],
                }))}
              />
              <TextArea
                name="reply"
                label={locale === 'lv' ? 'Atbilde ziņotājam' : 'Reply to the reporter'}
                hint={
                  locale === 'lv'
                    ? 'Tiks nosūtīta ziņotājam pa e-pastu kopā ar statusu.'
                    : 'Sent to the reporter by e-mail with the status.'
                }
                value={props.values.reply}
                error={props.errors.reply}
                maxLength={2000}
              />
              <button type="submit">
                {locale === 'lv' ? 'Saglabāt un paziņot' : 'Save and notify'}
              </button>
            </form>
          )}
        </section>
        <section aria-labelledby="bdas-heading">
          <h2 id="bdas-heading">{locale === 'lv' ? 'Dati BDAS' : 'Data in BDAS'}</h2>
          {bdas === null ? (
            <p>
              {locale === 'lv'
                ? 'BDAS par personu datu nav.'
                : 'BDAS holds nothing about the person.'}
            </p>
          ) : (
            <BdasRecordView
              record={bdas}
              locale={locale}
              imageUrl={(id) => `${base}/attels/${id}`}
            />
          )}
        </section>
      </div>
    </Layout>
  );
}
