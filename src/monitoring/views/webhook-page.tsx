import type { ComponentChildren } from 'preact';
import {
  CsrfField,
  ErrorSummary,
  FormTokenField,
  TextField,
  type FieldErrors,
} from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import type { Locale } from '../../platform/i18n/locale.ts';
import { formatDateTime } from '../../platform/time/dates.ts';
import { webhookPageTexts as t } from '../texts/webhook-page.ts';
import type { WebhookOverview } from '../webhook-endpoints.ts';
import type { AttemptRow } from '../webhook-store.ts';

export type WebhookNotice = keyof typeof t.done;

export interface WebhookFormValues {
  url?: string;
  seq?: string;
  since?: string;
}

function result(attempt: AttemptRow, locale: Locale): string {
  if (attempt.succeeded === null) return t.inProgress[locale];
  const kind = attempt.errorKind === null ? null : t.errorKind[attempt.errorKind][locale];
  const code = attempt.statusCode === null ? null : String(attempt.statusCode);
  return [code, kind].filter((part) => part !== null).join(' ');
}

function AttemptsTable(props: { locale: Locale; attempts: AttemptRow[] }) {
  const { locale } = props;
  if (props.attempts.length === 0) return <p>{t.attemptsNone[locale]}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t.colTime[locale]}</th>
          <th scope="col">{t.colEvent[locale]}</th>
          <th scope="col">{t.colResult[locale]}</th>
          <th scope="col">{t.colDuration[locale]}</th>
          <th scope="col">{t.colAnswer[locale]}</th>
        </tr>
      </thead>
      <tbody>
        {props.attempts.map((a, index) => (
          <tr key={index}>
            <td>{formatDateTime(a.startedAt, locale)}</td>
            <td>
              {String(a.seq)} {a.resend ? t.resendMark[locale] : null}
              <br />
              <code>{a.eventId ?? ''}</code>
            </td>
            <td>
              <span class={a.succeeded === true ? 'tag' : 'tag tag-warning'}>
                {result(a, locale)}
              </span>
            </td>
            <td>{a.durationMs === null ? '' : String(a.durationMs)}</td>
            <td>
              <code>{(a.excerpt ?? '').slice(0, 200)}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SummaryRow(props: { label: string; children: ComponentChildren }) {
  return (
    <tr>
      <th scope="row">{props.label}</th>
      <td>{props.children}</td>
    </tr>
  );
}

/** A connection's webhook: its address and secret, its state, sending again, and its attempts. */
export function WebhookPage(props: {
  ctx: PageContext;
  overview: WebhookOverview;
  secret: string | null;
  notice: WebhookNotice | null;
  values: WebhookFormValues;
  errors: FieldErrors;
}) {
  const { ctx, overview, values, errors } = props;
  const { locale } = ctx;
  const endpoint = overview.endpoint;
  const base = `/organizacijas/savienojumi/${overview.clientId}/webhook`;
  // Every form here changes something: each carries its own one-time token beside `_csrf`.
  const csrf = (
    <>
      <CsrfField token={ctx.csrfToken} />
      <FormTokenField ctx={ctx} />
    </>
  );
  return (
    <Layout ctx={ctx} title={t.title[locale](overview.connectionName)}>
      <ErrorSummary locale={locale} errors={errors} />
      <h1>{t.title[locale](overview.connectionName)}</h1>
      {props.notice === null ? null : (
        <div class="notice" role="status">
          <p>{t.done[props.notice][locale]}</p>
        </div>
      )}
      {props.secret === null ? null : (
        <div class="panel-confirmation">
          <h2>{t.secretHeading[locale]}</h2>
          <p>
            <code>{props.secret}</code>
          </p>
          <p>{t.secretOnce[locale]}</p>
        </div>
      )}
      <p>{t.intro[locale]}</p>
      <form method="post" action={base} novalidate>
        {csrf}
        <TextField
          name="url"
          label={t.urlLabel[locale]}
          hint={t.urlHint[locale]}
          value={values.url ?? endpoint?.url ?? ''}
          error={errors.url}
          required
          maxLength={2000}
        />
        <button type="submit">{t.save[locale]}</button>
      </form>
      {endpoint === null ? null : (
        <>
          <h2>{t.statusHeading[locale]}</h2>
          <table class="summary-list">
            <tbody>
              <SummaryRow label={t.statusLabel[locale]}>
                <span class="tag">
                  {endpoint.status === 'active' ? t.active[locale] : t.disabled[locale]}
                </span>
              </SummaryRow>
              <SummaryRow label={t.delivered[locale]}>{String(endpoint.delivered_seq)}</SummaryRow>
              <SummaryRow label={t.lastEvent[locale]}>{String(overview.lastEventSeq)}</SummaryRow>
              <SummaryRow label={t.failures[locale]}>{String(endpoint.failures)}</SummaryRow>
              {endpoint.status === 'active' && endpoint.failures > 0 ? (
                <SummaryRow label={t.nextAttempt[locale]}>
                  {formatDateTime(endpoint.next_attempt_at, locale)}
                </SummaryRow>
              ) : null}
            </tbody>
          </table>
          {endpoint.status === 'disabled' ? (
            <div class="notice" role="status">
              <p>
                {endpoint.disabled_reason === 'gone'
                  ? t.disabledGone[locale]
                  : t.disabledFailing[locale]}
              </p>
              <form method="post" action={`${base}/ieslegt`}>
                {csrf}
                <button type="submit">{t.reenable[locale]}</button>
              </form>
            </div>
          ) : null}
          <h2>{t.resendHeading[locale]}</h2>
          <form method="post" action={`${base}/atkartot`} novalidate>
            {csrf}
            <TextField
              name="seq"
              label={t.seqLabel[locale]}
              value={values.seq ?? ''}
              error={errors.seq}
              required
              maxLength={18}
            />
            <button type="submit" class="secondary">
              {t.resendOne[locale]}
            </button>
          </form>
          <form method="post" action={`${base}/atkartot-kops`} novalidate>
            {csrf}
            <TextField
              name="since"
              label={t.sinceLabel[locale]}
              hint={t.sinceHint[locale]}
              value={values.since ?? ''}
              error={errors.since}
              required
              maxLength={16}
            />
            <button type="submit" class="secondary">
              {t.resendSince[locale]}
            </button>
          </form>
          <h2>{t.rotateHeading[locale]}</h2>
          <p>{t.rotateIntro[locale]}</p>
          <form method="post" action={`${base}/noslepums`}>
            {csrf}
            <button type="submit" class="secondary">
              {t.rotate[locale]}
            </button>
          </form>
          <h2>{t.attemptsHeading[locale]}</h2>
          <AttemptsTable locale={locale} attempts={overview.attempts} />
        </>
      )}
      <p>
        <a href={`/organizacijas/savienojumi/${overview.clientId}`}>{t.back[locale]}</a>
      </p>
    </Layout>
  );
}
