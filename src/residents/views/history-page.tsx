import type { Text } from '../../platform/i18n/locale.ts';
import { formatDateTime } from '../../platform/time/dates.ts';
import type { PageContext } from '../../platform/views/layout.tsx';
import { DATA_USE_TITLE } from '../data-use-texts.ts';
import { KIND_NAMES, STATUS_NAMES } from '../report-mail.ts';
import type { ReportKind, ReportStatus, RunStatus } from '../tables.ts';
import { ServiceFrame } from './service-frame.tsx';
import { SERVICE_NAME, T } from './texts.ts';
import { historyPageTexts } from '../texts/history-page.ts';

const RUN_STATUS: Record<RunStatus, Text> = historyPageTexts.runStatus;

/** Point 11: "Tavi e-pakalpojumi", the runs and the reports with their statuses. */
export function HistoryPage(props: {
  ctx: PageContext;
  runs: { public_id: string; status: RunStatus; started_at: Date; finished_at: Date | null }[];
  reports: {
    reference: string;
    kind: ReportKind;
    status: ReportStatus;
    created_at: Date;
    updated_at: Date;
  }[];
}) {
  const { locale } = props.ctx;
  return (
    <ServiceFrame ctx={props.ctx} title={T.yourServices[locale]}>
      <h1>{T.yourServices[locale]}</h1>
      {props.runs.length === 0 ? (
        <p>{historyPageTexts.noRuns[locale]}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{T.yourServices[locale]}</caption>
          <thead>
            <tr>
              <th scope="col">{historyPageTexts.identificationNumber[locale]}</th>
              <th scope="col">{historyPageTexts.service[locale]}</th>
              <th scope="col">{historyPageTexts.started[locale]}</th>
              <th scope="col">{historyPageTexts.finished[locale]}</th>
              <th scope="col">{historyPageTexts.status[locale]}</th>
            </tr>
          </thead>
          <tbody>
            {props.runs.map((run) => (
              <tr key={run.public_id}>
                <td>
                  <code>{run.public_id}</code>
                </td>
                <td>{SERVICE_NAME[locale]}</td>
                <td>{formatDateTime(run.started_at, locale)}</td>
                <td>{run.finished_at === null ? '—' : formatDateTime(run.finished_at, locale)}</td>
                <td>
                  <span class="tag">{RUN_STATUS[run.status][locale]}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{historyPageTexts.yourReports[locale]}</h2>
      {props.reports.length === 0 ? (
        <p>{historyPageTexts.noReports[locale]}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{historyPageTexts.number[locale]}</th>
              <th scope="col">{historyPageTexts.kind[locale]}</th>
              <th scope="col">{historyPageTexts.sent[locale]}</th>
              <th scope="col">{historyPageTexts.updated[locale]}</th>
              <th scope="col">{historyPageTexts.status[locale]}</th>
            </tr>
          </thead>
          <tbody>
            {props.reports.map((r) => (
              <tr key={r.reference}>
                <td>
                  <code>{r.reference}</code>
                </td>
                <td>{KIND_NAMES[r.kind][locale]}</td>
                <td>{formatDateTime(r.created_at, locale)}</td>
                <td>{formatDateTime(r.updated_at, locale)}</td>
                <td>
                  <span class="tag">{STATUS_NAMES[r.status][locale]}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{DATA_USE_TITLE[locale]}</h2>
      <p>
        <a href="/kas-izmantoja-manus-datus">{historyPageTexts.dataUseLink[locale]}</a>
      </p>
      <p>
        <a class="button" href="/e-pakalpojumi/bdas">
          {SERVICE_NAME[locale]}
        </a>
      </p>
    </ServiceFrame>
  );
}
