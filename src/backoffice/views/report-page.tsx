import { BdasRecordView } from '../../register/views.ts';
import { formatDateTime } from '../../platform/time/dates.ts';
import {
  CsrfField,
  FormTokenField,
  ErrorSummary,
  SelectField,
  TextArea,
} from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import {
  DATA_ITEMS,
  KIND_NAMES,
  STATUS_NAMES,
  type ReportStatus,
} from '../../residents/service.ts';
import type { ReportForStaffView } from '../report-view.ts';
import { staffTexts } from '../texts/common.ts';
import { reportTexts } from '../texts/reports.ts';

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
  const texts = reportTexts.reportPage;
  const form = reportTexts.statusForm;
  const dataItem =
    report.data_item === null ? null : DATA_ITEMS[report.data_item as keyof typeof DATA_ITEMS];
  return (
    <Layout ctx={props.ctx} title={report.reference}>
      <ErrorSummary locale={locale} errors={props.errors} />
      <p class="caption">{KIND_NAMES[report.kind][locale]}</p>
      <h1>{report.reference}</h1>
      <p>
        <a href="/darbinieki/zinojumi">{staffTexts.link.backToList[locale]}</a>
      </p>
      <div class="side-by-side">
        <section aria-labelledby="report-heading">
          <h2 id="report-heading">{texts.report[locale]}</h2>
          <table class="summary-list">
            <tbody>
              <tr>
                <th scope="row">{staffTexts.table.status[locale]}</th>
                <td>
                  <span class="tag">{STATUS_NAMES[report.status][locale]}</span>
                </td>
              </tr>
              <tr>
                <th scope="row">{staffTexts.table.received[locale]}</th>
                <td>{formatDateTime(report.created_at, locale)}</td>
              </tr>
              {dataItem === null || dataItem === undefined ? null : (
                <tr>
                  <th scope="row">{texts.wrongData[locale]}</th>
                  <td>{dataItem[locale]}</td>
                </tr>
              )}
              <tr>
                <th scope="row">{texts.description[locale]}</th>
                <td>{report.description}</td>
              </tr>
              {report.correct_value === null ? null : (
                <tr>
                  <th scope="row">{texts.correctData[locale]}</th>
                  <td>{report.correct_value}</td>
                </tr>
              )}
              <tr>
                <th scope="row">{texts.contact[locale]}</th>
                <td>
                  {[report.contact_email, report.contact_phone]
                    .filter((c) => c !== null)
                    .join(', ')}
                </td>
              </tr>
              {report.attachment_name === null ? null : (
                <tr>
                  <th scope="row">{texts.attachment[locale]}</th>
                  <td>
                    <a href={`${base}/pielikums`}>{report.attachment_name}</a> (
                    {texts.attachmentSize[locale](Math.ceil((report.attachment_size ?? 0) / 1024))})
                  </td>
                </tr>
              )}
            </tbody>
          </table>
          <h2>{texts.history[locale]}</h2>
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
              <FormTokenField ctx={props.ctx} />
              <h2>{form.heading[locale]}</h2>
              <SelectField
                name="status"
                required
                label={form.status[locale]}
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
                label={form.reply[locale]}
                hint={form.replyHint[locale]}
                value={props.values.reply}
                error={props.errors.reply}
                maxLength={2000}
              />
              <button type="submit">{form.submit[locale]}</button>
            </form>
          )}
        </section>
        <section aria-labelledby="bdas-heading">
          <h2 id="bdas-heading">{texts.bdas.heading[locale]}</h2>
          {bdas === null ? (
            <p>{texts.bdas.nothing[locale]}</p>
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
