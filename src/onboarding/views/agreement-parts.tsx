import { formatEuro, type AgreementStatus, type Side } from '../../agreements/service.ts';
import type { Locale, Text } from '../../platform/i18n/locale.ts';
import { formatDateTime } from '../../platform/time/riga.ts';
import type { DiffPart } from '../agreement-diff.ts';
import { ENVIRONMENT_NAMES, scopeName } from '../agreement-text.ts';
import type { AgreementView } from '../agreement-view.ts';

/** Pieces shared by the organisation's and the staff's agreement pages. */

export const AGREEMENT_STATUS_NAMES: Record<AgreementStatus, Text> = {
  negotiating: { lv: 'Saskaņošanā', en: 'Under negotiation' },
  concluded: { lv: 'Noslēgts', en: 'Concluded' },
  superseded: { lv: 'Aizstāts ar grozījumiem', en: 'Superseded by an amendment' },
  terminated: { lv: 'Izbeigts', en: 'Terminated' },
};

export const SIDE_NAMES: Record<Side, Text> = {
  organisation: { lv: 'Organizācija', en: 'Organisation' },
  pmlp: { lv: 'PMLP', en: 'PMLP' },
};

export const euro = (cents: number, locale: Locale) => `EUR ${formatEuro(cents, locale)}`;

export function StatusTag(props: { status: AgreementStatus; locale: Locale }) {
  return <span class="tag">{AGREEMENT_STATUS_NAMES[props.status][props.locale]}</span>;
}

export function TermsTable(props: { view: AgreementView; locale: Locale; base: string }) {
  const { agreement: a, organisation: o } = props.view;
  const lv = props.locale === 'lv';
  const { locale } = props;
  return (
    <table class="summary-list">
      <tbody>
        <tr>
          <th scope="row">{lv ? 'Statuss' : 'Status'}</th>
          <td>
            <StatusTag status={a.status} locale={locale} />
          </td>
        </tr>
        <tr>
          <th scope="row">{lv ? 'Organizācija' : 'Organisation'}</th>
          <td>
            {o.name}, {lv ? 'reģ. Nr.' : 'reg. No.'} {o.registration_number}, {o.address}
          </td>
        </tr>
        <tr>
          <th scope="row">{lv ? 'Spēkā' : 'Valid'}</th>
          <td>
            {lv ? 'no ' : 'from '}
            {a.valid_from}
            {a.valid_until === null
              ? lv
                ? ', uz nenoteiktu laiku'
                : ', for an indefinite period'
              : `${lv ? ' līdz ' : ' until '}${a.valid_until}`}
          </td>
        </tr>
        <tr>
          <th scope="row">{lv ? 'Vides' : 'Environments'}</th>
          <td>{a.environments.map((e) => ENVIRONMENT_NAMES[e][locale]).join(', ')}</td>
        </tr>
        <tr>
          <th scope="row">{lv ? 'Personu datu pārlūka lietotāji' : 'Person Data Browser users'}</th>
          <td>{a.pdp_users}</td>
        </tr>
        <tr>
          <th scope="row">{lv ? 'Sistēmu savienojumi' : 'System connections'}</th>
          <td>{a.system_connections}</td>
        </tr>
        <tr>
          <th scope="row">{lv ? 'Monitorings' : 'Monitoring'}</th>
          <td>
            {a.monitoring
              ? lv
                ? `līdz ${a.monitoring_persons ?? 0} personām`
                : `up to ${a.monitoring_persons ?? 0} persons`
              : lv
                ? 'nav'
                : 'none'}
          </td>
        </tr>
        <tr>
          <th scope="row">{lv ? 'Lietotājus pievieno' : 'Browser users are added by'}</th>
          <td>
            {a.responsible_creates_users
              ? lv
                ? 'atbildīgais lietotājs pats, bez PMLP saskaņojuma'
                : 'the responsible user, without PMLP approval'
              : lv
                ? 'ar PMLP saskaņojumu'
                : 'with PMLP approval'}
          </td>
        </tr>
        <tr>
          <th scope="row">
            {lv
              ? 'Meklēšana pēc vārda, uzvārda un dzimšanas datuma'
              : 'Search by name and birth date'}
          </th>
          <td>
            {a.criteria_search ? (lv ? 'atļauta' : 'allowed') : lv ? 'nav atļauta' : 'not allowed'}
          </td>
        </tr>
        {props.view.amends === null ? null : (
          <tr>
            <th scope="row">{lv ? 'Groza līgumu' : 'Amends'}</th>
            <td>
              <a href={props.base.replace(a.reference, props.view.amends.reference)}>
                {props.view.amends.reference}
              </a>
            </td>
          </tr>
        )}
        {props.view.amendment === null ? null : (
          <tr>
            <th scope="row">{lv ? 'Grozījumi' : 'Amendment'}</th>
            <td>
              <a href={props.base.replace(a.reference, props.view.amendment.reference)}>
                {props.view.amendment.reference}
              </a>{' '}
              ({AGREEMENT_STATUS_NAMES[props.view.amendment.status][locale]})
            </td>
          </tr>
        )}
        {a.concluded_at === null ? null : (
          <tr>
            <th scope="row">{lv ? 'Noslēgts' : 'Concluded'}</th>
            <td>
              {formatDateTime(a.concluded_at, locale)} ({a.concluded_version}.{' '}
              {lv ? 'versija' : 'version'})
            </td>
          </tr>
        )}
        {a.terminated_from === null ? null : (
          <tr>
            <th scope="row">{lv ? 'Piekļuve beidzas' : 'Access ends'}</th>
            <td>
              {a.terminated_from}. {a.termination_reason}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

export function GrantsTable(props: { view: AgreementView; locale: Locale }) {
  const lv = props.locale === 'lv';
  return (
    <table>
      <caption class="visually-hidden">
        {lv ? 'Piešķirtie datu apjomi' : 'Granted data scopes'}
      </caption>
      <thead>
        <tr>
          <th scope="col">{lv ? 'Datu apjoms' : 'Data scope'}</th>
          <th scope="col">{lv ? 'Tiesiskais pamats' : 'Legal basis'}</th>
          <th scope="col">{lv ? 'Mērķis' : 'Purpose'}</th>
        </tr>
      </thead>
      <tbody>
        {props.view.grants.map((g) => (
          <tr key={g.scope}>
            <th scope="row">{scopeName(g.scope, props.locale)}</th>
            <td>
              {g.legal_basis_law}, {g.legal_basis_article}
            </td>
            <td>{g.purpose}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The monthly fees by environment, the list total, and the exemption when there is one. */
export function FeesTable(props: { view: AgreementView; locale: Locale }) {
  const { fees, stateFeeCents } = props.view;
  const { locale } = props;
  const lv = locale === 'lv';
  return (
    <>
      <table>
        <caption class="visually-hidden">
          {lv
            ? `Maksa mēnesī pēc cenrāža ${fees.day}`
            : `Monthly fees by the price list of ${fees.day}`}
        </caption>
        <thead>
          <tr>
            <th scope="col">{lv ? 'Vide' : 'Environment'}</th>
            <th scope="col">{lv ? 'Lietotāji' : 'Users'}</th>
            <th scope="col">{lv ? 'Abonēšanas maksa' : 'Subscription'}</th>
            <th scope="col">{lv ? 'Monitorings' : 'Monitoring'}</th>
            <th scope="col">{lv ? 'Kopā' : 'Total'}</th>
          </tr>
        </thead>
        <tbody>
          {fees.environments.map((e) => (
            <tr key={e.environment}>
              <th scope="row">{ENVIRONMENT_NAMES[e.environment][locale]}</th>
              <td>{e.users}</td>
              <td>{euro(e.subscriptionCents, locale)}</td>
              <td>{euro(e.monitoringCents, locale)}</td>
              <td>{euro(e.totalCents, locale)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" colSpan={4}>
              {lv ? 'Kopā mēnesī pēc cenrāža' : 'Total a month by the price list'}
            </th>
            <td>{euro(fees.listTotalCents, locale)}</td>
          </tr>
          <tr>
            <th scope="row" colSpan={4}>
              {lv ? 'Maksājams mēnesī' : 'Payable a month'}
            </th>
            <td>
              <strong>{euro(fees.payableTotalCents, locale)}</strong>
            </td>
          </tr>
        </tbody>
      </table>
      <p>
        {fees.feeExempt
          ? lv
            ? 'Organizācija ir atbrīvota no maksas: cenrāža cenas parādītas informācijai; valsts nodeva netiek piemērota.'
            : 'The organisation is exempt from fees: the list prices are shown for information; no state fee applies.'
          : lv
            ? `Valsts nodeva: ${euro(stateFeeCents, locale)} par katru personu, maksājama pirms datu saņemšanas.`
            : `State fee: ${euro(stateFeeCents, locale)} per person, paid before the data is received.`}
      </p>
    </>
  );
}

export function AgreementText(props: { body: string; label: string }) {
  return (
    <div class="agreement-text" role="region" aria-label={props.label} tabindex={0}>
      {props.body}
    </div>
  );
}

export function VersionsTable(props: { view: AgreementView; locale: Locale; base: string }) {
  const lv = props.locale === 'lv';
  const { locale } = props;
  return (
    <table>
      <caption class="visually-hidden">
        {lv ? 'Līguma versijas' : 'Versions of the agreement'}
      </caption>
      <thead>
        <tr>
          <th scope="col">{lv ? 'Versija' : 'Version'}</th>
          <th scope="col">{lv ? 'Rakstīja' : 'Written by'}</th>
          <th scope="col">{lv ? 'Laiks' : 'Time'}</th>
          <th scope="col">{lv ? 'Apstiprināja' : 'Approved by'}</th>
          <th scope="col">{lv ? 'Salīdzināt' : 'Compare'}</th>
        </tr>
      </thead>
      <tbody>
        {[...props.view.versions].reverse().map((v) => {
          const approvedBy = props.view.approvals
            .filter((a) => a.version === v.number)
            .map((a) => `${SIDE_NAMES[a.side][locale]} (${a.approver_name})`);
          return (
            <tr key={v.number}>
              <td>
                <a href={`${props.base}/versijas/${v.number}`}>
                  {v.number}. {lv ? 'versija' : 'version'}
                </a>
              </td>
              <td>
                {SIDE_NAMES[v.side][locale]}: {v.author_name}
              </td>
              <td>{formatDateTime(v.created_at, locale)}</td>
              <td>{approvedBy.length === 0 ? '—' : approvedBy.join(', ')}</td>
              <td>
                {v.number === 1 ? (
                  '—'
                ) : (
                  <a href={`${props.base}/salidzinat?no=${v.number - 1}&lidz=${v.number}`}>
                    {lv
                      ? `${v.number - 1}. ar ${v.number}. versiju`
                      : `version ${v.number - 1} with ${v.number}`}
                  </a>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function CommentsList(props: { view: AgreementView; locale: Locale; version?: number }) {
  const lv = props.locale === 'lv';
  const comments = props.view.comments.filter(
    (c) => props.version === undefined || c.version === props.version,
  );
  if (comments.length === 0) return <p>{lv ? 'Komentāru nav.' : 'No comments.'}</p>;
  return (
    <ol class="comments">
      {comments.map((c) => (
        <li key={c.id}>
          <p class="caption">
            {SIDE_NAMES[c.side][props.locale]}: {c.author_name},{' '}
            {formatDateTime(c.created_at, props.locale)} · {c.version}.{' '}
            {lv ? 'versijai' : 'on version'}
          </p>
          <blockquote>{c.body}</blockquote>
        </li>
      ))}
    </ol>
  );
}

/**
 * The changes between two versions: added text in <ins>, removed in <del>, each announced to
 * screen readers by a visually hidden word, since underline and strike-through are not read out.
 */
export function DiffView(props: { parts: DiffPart[]; locale: Locale; label: string }) {
  const lv = props.locale === 'lv';
  return (
    <div class="agreement-text agreement-diff" role="region" aria-label={props.label} tabindex={0}>
      {props.parts.map((p, i) =>
        p.kind === 'same' ? (
          p.text
        ) : p.kind === 'added' ? (
          <ins key={i}>
            <span class="visually-hidden">{lv ? '[pievienots: ' : '[added: '}</span>
            {p.text}
            <span class="visually-hidden">]</span>
          </ins>
        ) : (
          <del key={i}>
            <span class="visually-hidden">{lv ? '[dzēsts: ' : '[removed: '}</span>
            {p.text}
            <span class="visually-hidden">]</span>
          </del>
        ),
      )}
    </div>
  );
}
