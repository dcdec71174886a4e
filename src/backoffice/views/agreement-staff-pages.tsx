import type { AgreementStatus } from '../../agreements/service.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { formatDateTime, formatDay } from '../../platform/time/dates.ts';
import {
  Checkbox,
  CsrfField,
  FormTokenField,
  ErrorSummary,
  TextArea,
  TextField,
} from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { ENVIRONMENT_NAMES, scopeName, type AgreementView } from '../../onboarding/service.ts';
import { StatusTag } from '../../onboarding/views.ts';
import { agreementTexts } from '../texts/agreements.ts';
import { staffTexts } from '../texts/common.ts';

export interface StaffAgreementRow {
  reference: string;
  status: AgreementStatus;
  organisation_name: string;
  valid_from: string;
  created_at: Date;
}

export interface AwaitingRow {
  reference: string | null;
  organisation_name: string;
  decided_at: Date | null;
}

/** Staff's list: decided requests waiting for a draft, and every agreement. */
export function StaffAgreementListPage(props: {
  ctx: PageContext;
  awaiting: AwaitingRow[];
  rows: StaffAgreementRow[];
}) {
  const { locale } = props.ctx;
  const texts = agreementTexts.listPage;
  const title = texts.title[locale];
  return (
    <Layout ctx={props.ctx} title={title}>
      <h1>{title}</h1>
      <h2>{texts.awaiting.heading[locale]}</h2>
      {props.awaiting.length === 0 ? (
        <p>{texts.awaiting.none[locale]}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{staffTexts.table.request[locale]}</th>
              <th scope="col">{staffTexts.table.organisation[locale]}</th>
              <th scope="col">{texts.awaiting.decided[locale]}</th>
              <th scope="col">{texts.awaiting.action[locale]}</th>
            </tr>
          </thead>
          <tbody>
            {props.awaiting.map((r) => (
              <tr key={r.reference}>
                <td>{r.reference}</td>
                <td>{r.organisation_name}</td>
                <td>{r.decided_at === null ? '—' : formatDateTime(r.decided_at, locale)}</td>
                <td>
                  <a
                    class="button secondary"
                    href={`/darbinieki/ligumi/jauns?pieprasijums=${r.reference ?? ''}`}
                  >
                    {texts.awaiting.draft[locale]}
                    <span class="visually-hidden"> {r.reference}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{texts.all.heading[locale]}</h2>
      {props.rows.length === 0 ? (
        <p>{texts.all.none[locale]}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{staffTexts.table.number[locale]}</th>
              <th scope="col">{staffTexts.table.organisation[locale]}</th>
              <th scope="col">{staffTexts.table.status[locale]}</th>
              <th scope="col">{agreementTexts.validFrom[locale]}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr key={r.reference}>
                <td>
                  <a href={`/darbinieki/ligumi/${r.reference}`}>{r.reference}</a>
                </td>
                <td>{r.organisation_name}</td>
                <td>
                  <StatusTag status={r.status} locale={locale} />
                </td>
                <td>{formatDay(r.valid_from, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

export interface DraftSource {
  request: {
    reference: string | null;
    environments: ('test' | 'production')[];
    pdp_users: number;
    system_connections: number;
    monitoring: boolean;
    monitoring_persons: number | null;
  };
  organisation: { name: string; registration_number: string; fee_exempt: boolean };
  approved: {
    scope: string;
    legal_basis_law: string;
    legal_basis_article: string;
    purpose: string;
  }[];
  refused: { scope: string; decision_reason: string | null }[];
}

/** Form fields of the permissions PMLP grants when drafting; the request form does not ask. */
export const DRAFT_PERMISSIONS = {
  responsibleCreatesUsers: 'responsibleCreatesUsers',
  criteriaSearch: 'criteriaSearch',
} as const;

/** Check the decided request and choose the dates, then draft (one thing per page). */
export function AgreementDraftPage(props: {
  ctx: PageContext;
  source: DraftSource;
  values: Record<string, string>;
  errors: Record<string, string>;
  today: string;
}) {
  const { locale } = props.ctx;
  const texts = agreementTexts.draftPage;
  const { request, organisation, approved, refused } = props.source;
  const title = texts.title[locale];
  return (
    <Layout ctx={props.ctx} title={title}>
      <ErrorSummary locale={locale} errors={props.errors} />
      <p class="caption">
        {staffTexts.table.request[locale]} {request.reference}
      </p>
      <h1>{title}</h1>
      <table class="summary-list">
        <tbody>
          <tr>
            <th scope="row">{staffTexts.table.organisation[locale]}</th>
            <td>
              {organisation.name} ({organisation.registration_number})
              {organisation.fee_exempt ? texts.facts.feeExempt[locale] : ''}
            </td>
          </tr>
          <tr>
            <th scope="row">{texts.facts.environments[locale]}</th>
            <td>{request.environments.map((e) => ENVIRONMENT_NAMES[e][locale]).join(', ')}</td>
          </tr>
          <tr>
            <th scope="row">{texts.facts.usersAndConnections[locale]}</th>
            <td>
              {request.pdp_users} / {request.system_connections}
            </td>
          </tr>
          <tr>
            <th scope="row">{texts.facts.monitoring[locale]}</th>
            <td>
              {request.monitoring
                ? String(request.monitoring_persons ?? 0)
                : texts.facts.noMonitoring[locale]}
            </td>
          </tr>
        </tbody>
      </table>
      <h2>{texts.approvedHeading[locale]}</h2>
      <ul>
        {approved.map((s) => (
          <li key={s.scope}>
            <strong>{scopeName(s.scope, locale)}</strong>: {s.legal_basis_law},{' '}
            {s.legal_basis_article}. {s.purpose}
          </li>
        ))}
      </ul>
      {refused.length === 0 ? null : (
        <>
          <h2>{texts.refusedHeading[locale]}</h2>
          <ul>
            {refused.map((s) => (
              <li key={s.scope}>
                {scopeName(s.scope, locale)}: {s.decision_reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <form method="post" action="/darbinieki/ligumi/jauns" novalidate>
        <CsrfField token={props.ctx.csrfToken} />
        <FormTokenField ctx={props.ctx} />
        <input type="hidden" name="pieprasijums" value={request.reference ?? ''} />
        <TextField
          name="validFrom"
          type="date"
          required
          label={agreementTexts.validFrom[locale]}
          hint={agreementTexts.todayOrLater[locale]}
          value={props.values.validFrom ?? props.today}
          error={props.errors.validFrom}
        />
        <TextField
          name="validUntil"
          type="date"
          label={texts.validUntil[locale]}
          hint={texts.validUntilHint[locale]}
          value={props.values.validUntil}
          error={props.errors.validUntil}
        />
        <fieldset>
          <legend>{texts.permissions.legend[locale]}</legend>
          <Checkbox
            name={DRAFT_PERMISSIONS.responsibleCreatesUsers}
            label={texts.permissions.responsibleCreatesUsers[locale]}
            checked={props.values[DRAFT_PERMISSIONS.responsibleCreatesUsers] === 'yes'}
          />
          <Checkbox
            name={DRAFT_PERMISSIONS.criteriaSearch}
            label={texts.permissions.criteriaSearch[locale]}
            checked={props.values[DRAFT_PERMISSIONS.criteriaSearch] === 'yes'}
          />
        </fieldset>
        <button type="submit">{texts.submit[locale]}</button>
      </form>
    </Layout>
  );
}

/** Staff's addition to an agreement page: terminate a concluded agreement from a day. */
export function TerminateForm(props: {
  locale: Locale;
  csrf: string | null;
  view: AgreementView;
  values: Record<string, string>;
  errors: Record<string, string>;
  today: string;
}) {
  const { locale } = props;
  const texts = agreementTexts.terminateForm;
  if (props.view.agreement.status !== 'concluded') return null;
  return (
    <form
      method="post"
      action={`/darbinieki/ligumi/${props.view.agreement.reference}/izbeigt`}
      novalidate
    >
      <CsrfField token={props.csrf} />
      <FormTokenField ctx={{ csrfToken: props.csrf }} />
      <h2>{texts.terminate[locale]}</h2>
      <TextField
        name="from"
        type="date"
        required
        label={texts.from[locale]}
        hint={agreementTexts.todayOrLater[locale]}
        value={props.values.from ?? props.today}
        error={props.errors.from}
      />
      <TextArea
        name="reason"
        required
        label={staffTexts.form.reason[locale]}
        hint={texts.reasonHint[locale]}
        value={props.values.reason}
        error={props.errors.reason}
        maxLength={2000}
      />
      <button type="submit" class="warning">
        {texts.terminate[locale]}
      </button>
    </form>
  );
}
