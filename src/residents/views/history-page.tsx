import type { Locale, Text } from '../../platform/i18n/locale.ts';
import { formatDateTimeSeconds } from '../../platform/time/dates.ts';
import type { PageContext } from '../../platform/views/layout.tsx';
import { DATA_USE_TITLE } from '../data-use-texts.ts';
import { KIND_NAMES, STATUS_NAMES } from '../report-mail.ts';
import type { ReportKind, ReportStatus, RunStatus } from '../tables.ts';
import { ServiceFrame } from './service-frame.tsx';
import { SERVICE_NAME, T } from './texts.ts';
import { historyPageTexts } from '../texts/history-page.ts';
import { resultPageTexts } from '../texts/result-page.ts';

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
                  <a href={`/tavi-e-pakalpojumi/${run.public_id}`}>
                    <code>{run.public_id}</code>
                  </a>
                </td>
                <td>{SERVICE_NAME[locale]}</td>
                <td>{formatDateTimeSeconds(run.started_at, locale)}</td>
                <td>
                  {run.finished_at === null ? '—' : formatDateTimeSeconds(run.finished_at, locale)}
                </td>
                <td>
                  <span class="tag">{RUN_STATUS[run.status][locale]}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{historyPageTexts.yourReports[locale]}</h2>
      <ReportTable reports={props.reports} locale={locale} />
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

interface ReportRow {
  reference: string;
  kind: ReportKind;
  status: ReportStatus;
  created_at: Date;
  updated_at: Date;
}

/** The reports with their statuses, on the history and on one run's page. */
function ReportTable(props: { reports: ReportRow[]; locale: Locale }) {
  const { locale } = props;
  return props.reports.length === 0 ? (
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
            <td>{formatDateTimeSeconds(r.created_at, locale)}</td>
            <td>{formatDateTimeSeconds(r.updated_at, locale)}</td>
            <td>
              <span class="tag">{STATUS_NAMES[r.status][locale]}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One run of "Tavi e-pakalpojumi": when it began, took the terms and ended, and its reports. */
export function RunPage(props: {
  ctx: PageContext;
  run: {
    public_id: string;
    status: RunStatus;
    sign_in_method: string;
    started_at: Date;
    terms_accepted_at: Date | null;
    finished_at: Date | null;
  };
  reports: ReportRow[];
}) {
  const { locale } = props.ctx;
  const { run } = props;
  const words = historyPageTexts.run;
  const at = (instant: Date | null) =>
    instant === null ? '—' : formatDateTimeSeconds(instant, locale);
  const method = signInMethodName(run.sign_in_method);
  const rows: [string, string][] = [
    [historyPageTexts.service[locale], SERVICE_NAME[locale]],
    [historyPageTexts.status[locale], RUN_STATUS[run.status][locale]],
    [words.signedInWith[locale], method === null ? run.sign_in_method : method[locale]],
    [historyPageTexts.started[locale], at(run.started_at)],
    [words.termsAccepted[locale], at(run.terms_accepted_at)],
    [historyPageTexts.finished[locale], at(run.finished_at)],
  ];
  return (
    <ServiceFrame ctx={props.ctx} title={words.title[locale](run.public_id)}>
      <h1>{words.title[locale](run.public_id)}</h1>
      <table class="summary-list">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{words.reports[locale]}</h2>
      <ReportTable reports={props.reports} locale={locale} />
      <p>
        <a href="/tavi-e-pakalpojumi">{T.yourServices[locale]}</a>
      </p>
    </ServiceFrame>
  );
}

function signInMethodName(method: string): Text | null {
  const names: Record<string, Text> = resultPageTexts.methodNames;
  return names[method] ?? null;
}
