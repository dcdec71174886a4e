import type { AgreementStatus } from '../../agreements/service.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { formatDateTime } from '../../platform/time/riga.ts';
import {
  Checkbox,
  CsrfField,
  ErrorSummary,
  TextArea,
  TextField,
} from '../../platform/views/forms.tsx';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { ENVIRONMENT_NAMES, scopeName, type AgreementView } from '../../onboarding/service.ts';
import { StatusTag } from '../../onboarding/views.ts';

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
  const lv = locale === 'lv';
  const title = lv ? 'Līgumi' : 'Agreements';
  return (
    <Layout ctx={props.ctx} title={title}>
      <h1>{title}</h1>
      <h2>{lv ? 'Izlemti pieprasījumi bez līguma' : 'Decided requests without an agreement'}</h2>
      {props.awaiting.length === 0 ? (
        <p>{lv ? 'Tādu nav.' : 'None.'}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{lv ? 'Pieprasījums' : 'Request'}</th>
              <th scope="col">{lv ? 'Organizācija' : 'Organisation'}</th>
              <th scope="col">{lv ? 'Izlemts' : 'Decided'}</th>
              <th scope="col">{lv ? 'Darbība' : 'Action'}</th>
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
                    {lv ? 'Sagatavot līgumu' : 'Draft the agreement'}
                    <span class="visually-hidden"> {r.reference}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{lv ? 'Visi līgumi' : 'All agreements'}</h2>
      {props.rows.length === 0 ? (
        <p>{lv ? 'Līgumu nav.' : 'No agreements.'}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{lv ? 'Numurs' : 'Number'}</th>
              <th scope="col">{lv ? 'Organizācija' : 'Organisation'}</th>
              <th scope="col">{lv ? 'Statuss' : 'Status'}</th>
              <th scope="col">{lv ? 'Spēkā no' : 'Valid from'}</th>
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
                <td>{r.valid_from}</td>
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
  const lv = locale === 'lv';
  const { request, organisation, approved, refused } = props.source;
  const title = lv ? 'Sagatavot līgumu' : 'Draft an agreement';
  return (
    <Layout ctx={props.ctx} title={title}>
      <ErrorSummary locale={locale} errors={props.errors} />
      <p class="caption">
        {lv ? 'Pieprasījums' : 'Request'} {request.reference}
      </p>
      <h1>{title}</h1>
      <table class="summary-list">
        <tbody>
          <tr>
            <th scope="row">{lv ? 'Organizācija' : 'Organisation'}</th>
            <td>
              {organisation.name} ({organisation.registration_number})
              {organisation.fee_exempt ? (lv ? ', atbrīvota no maksas' : ', exempt from fees') : ''}
            </td>
          </tr>
          <tr>
            <th scope="row">{lv ? 'Vides' : 'Environments'}</th>
            <td>{request.environments.map((e) => ENVIRONMENT_NAMES[e][locale]).join(', ')}</td>
          </tr>
          <tr>
            <th scope="row">{lv ? 'Lietotāji un savienojumi' : 'Users and connections'}</th>
            <td>
              {request.pdp_users} / {request.system_connections}
            </td>
          </tr>
          <tr>
            <th scope="row">{lv ? 'Monitorings' : 'Monitoring'}</th>
            <td>
              {request.monitoring ? String(request.monitoring_persons ?? 0) : lv ? 'nav' : 'none'}
            </td>
          </tr>
        </tbody>
      </table>
      <h2>
        {lv ? 'Apstiprinātie datu apjomi (tiks piešķirti)' : 'Approved scopes (to be granted)'}
      </h2>
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
          <h2>
            {lv ? 'Atteiktie datu apjomi (netiks piešķirti)' : 'Refused scopes (not granted)'}
          </h2>
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
        <input type="hidden" name="pieprasijums" value={request.reference ?? ''} />
        <TextField
          name="validFrom"
          type="date"
          required
          label={lv ? 'Spēkā no' : 'Valid from'}
          hint={lv ? 'Šodiena vai vēlāks datums' : 'Today or a later date'}
          value={props.values.validFrom ?? props.today}
          error={props.errors.validFrom}
        />
        <TextField
          name="validUntil"
          type="date"
          label={lv ? 'Spēkā līdz (nav obligāti)' : 'Valid until (optional)'}
          hint={
            lv ? 'Atstājiet tukšu, ja uz nenoteiktu laiku' : 'Leave empty for an indefinite period'
          }
          value={props.values.validUntil}
          error={props.errors.validUntil}
        />
        <fieldset>
          <legend>{lv ? 'Papildu atļaujas' : 'Further permissions'}</legend>
          <Checkbox
            name={DRAFT_PERMISSIONS.responsibleCreatesUsers}
            label={
              lv
                ? 'Atbildīgais lietotājs drīkst pats pievienot Personu datu pārlūka lietotājus'
                : 'The responsible user may add Person Data Browser users without PMLP approval'
            }
            checked={props.values[DRAFT_PERMISSIONS.responsibleCreatesUsers] === 'yes'}
          />
          <Checkbox
            name={DRAFT_PERMISSIONS.criteriaSearch}
            label={
              lv
                ? 'Atļauta meklēšana pēc vārda, uzvārda un dzimšanas datuma'
                : 'Searching by given name, surname and birth date is allowed'
            }
            checked={props.values[DRAFT_PERMISSIONS.criteriaSearch] === 'yes'}
          />
        </fieldset>
        <button type="submit">{lv ? 'Sagatavot līguma projektu' : 'Draft the agreement'}</button>
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
  const lv = props.locale === 'lv';
  if (props.view.agreement.status !== 'concluded') return null;
  return (
    <form
      method="post"
      action={`/darbinieki/ligumi/${props.view.agreement.reference}/izbeigt`}
      novalidate
    >
      <CsrfField token={props.csrf} />
      <h2>{lv ? 'Izbeigt līgumu' : 'Terminate the agreement'}</h2>
      <TextField
        name="from"
        type="date"
        required
        label={lv ? 'Piekļuve beidzas no' : 'Access ends from'}
        hint={lv ? 'Šodiena vai vēlāks datums' : 'Today or a later date'}
        value={props.values.from ?? props.today}
        error={props.errors.from}
      />
      <TextArea
        name="reason"
        required
        label={lv ? 'Iemesls' : 'Reason'}
        hint={
          lv
            ? 'Organizācija to redzēs un saņems e-pastā.'
            : 'The organisation sees it and gets it by e-mail.'
        }
        value={props.values.reason}
        error={props.errors.reason}
        maxLength={2000}
      />
      <button type="submit" class="warning">
        {lv ? 'Izbeigt līgumu' : 'Terminate the agreement'}
      </button>
    </form>
  );
}
