import {
  formatEuro,
  TARIFF_NAMES,
  type AgreementStatus,
  type AppliedTariff,
  type Side,
} from '../../agreements/service.ts';
import type { Locale, Text } from '../../platform/i18n/locale.ts';
import { formatDateTime } from '../../platform/time/dates.ts';
import type { DiffPart } from '../agreement-diff.ts';
import { ENVIRONMENT_NAMES, scopeName } from '../agreement-text.ts';
import type { AgreementView } from '../agreement-view.ts';
import { agreementTexts as texts } from '../texts/agreements.ts';

/** Pieces shared by the organisation's and the staff's agreement pages. */

export const AGREEMENT_STATUS_NAMES: Record<AgreementStatus, Text> = texts.status;

export const SIDE_NAMES: Record<Side, Text> = texts.side;

export const euro = (cents: number, locale: Locale) => `EUR ${formatEuro(cents, locale)}`;

export function StatusTag(props: { status: AgreementStatus; locale: Locale }) {
  return <span class="tag">{AGREEMENT_STATUS_NAMES[props.status][props.locale]}</span>;
}

export function TermsTable(props: { view: AgreementView; locale: Locale; base: string }) {
  const { agreement: a, organisation: o } = props.view;
  const { locale } = props;
  const terms = texts.terms;
  return (
    <table class="summary-list">
      <tbody>
        <tr>
          <th scope="row">{texts.shared.status[locale]}</th>
          <td>
            <StatusTag status={a.status} locale={locale} />
          </td>
        </tr>
        <tr>
          <th scope="row">{texts.side.organisation[locale]}</th>
          <td>
            {o.name}, {terms.registrationNumber[locale]} {o.registration_number}, {o.address}
          </td>
        </tr>
        <tr>
          <th scope="row">{terms.valid[locale]}</th>
          <td>
            {terms.validFrom[locale](a.valid_from)}
            {a.valid_until === null
              ? terms.validIndefinitely[locale]
              : terms.validUntil[locale](a.valid_until)}
          </td>
        </tr>
        <tr>
          <th scope="row">{terms.environments[locale]}</th>
          <td>{a.environments.map((e) => ENVIRONMENT_NAMES[e][locale]).join(', ')}</td>
        </tr>
        <tr>
          <th scope="row">{terms.pdpUsers[locale]}</th>
          <td>{a.pdp_users}</td>
        </tr>
        <tr>
          <th scope="row">{terms.systemConnections[locale]}</th>
          <td>{a.system_connections}</td>
        </tr>
        <tr>
          <th scope="row">{texts.shared.monitoring[locale]}</th>
          <td>
            {a.monitoring
              ? terms.monitoringPersons[locale](a.monitoring_persons ?? 0)
              : terms.monitoringNone[locale]}
          </td>
        </tr>
        <tr>
          <th scope="row">{terms.usersAddedBy[locale]}</th>
          <td>
            {a.responsible_creates_users
              ? terms.usersByResponsible[locale]
              : terms.usersWithApproval[locale]}
          </td>
        </tr>
        <tr>
          <th scope="row">{terms.criteriaSearch[locale]}</th>
          <td>
            {a.criteria_search ? terms.criteriaAllowed[locale] : terms.criteriaNotAllowed[locale]}
          </td>
        </tr>
        {props.view.amends === null ? null : (
          <tr>
            <th scope="row">{terms.amends[locale]}</th>
            <td>
              <a href={props.base.replace(a.reference, props.view.amends.reference)}>
                {props.view.amends.reference}
              </a>
            </td>
          </tr>
        )}
        {props.view.amendment === null ? null : (
          <tr>
            <th scope="row">{texts.shared.amendment[locale]}</th>
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
            <th scope="row">{texts.status.concluded[locale]}</th>
            <td>
              {formatDateTime(a.concluded_at, locale)}
              {a.concluded_version === null
                ? null
                : ` (${texts.versionNumber[locale](a.concluded_version)})`}
            </td>
          </tr>
        )}
        {a.terminated_from === null ? null : (
          <tr>
            <th scope="row">{terms.accessEnds[locale]}</th>
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
  const { locale } = props;
  return (
    <table>
      <caption class="visually-hidden">{texts.shared.grantedScopes[locale]}</caption>
      <thead>
        <tr>
          <th scope="col">{texts.grants.scope[locale]}</th>
          <th scope="col">{texts.grants.legalBasis[locale]}</th>
          <th scope="col">{texts.grants.purpose[locale]}</th>
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
  return (
    <>
      <table>
        <caption class="visually-hidden">{texts.fees.caption[locale](fees.day)}</caption>
        <thead>
          <tr>
            <th scope="col">{texts.fees.environment[locale]}</th>
            <th scope="col">{texts.fees.users[locale]}</th>
            <th scope="col">{texts.fees.subscription[locale]}</th>
            <th scope="col">{texts.shared.monitoring[locale]}</th>
            <th scope="col">{texts.fees.total[locale]}</th>
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
              {texts.fees.listTotal[locale]}
            </th>
            <td>{euro(fees.listTotalCents, locale)}</td>
          </tr>
          <tr>
            <th scope="row" colSpan={4}>
              {texts.fees.payable[locale]}
            </th>
            <td>
              <strong>{euro(fees.payableTotalCents, locale)}</strong>
            </td>
          </tr>
        </tbody>
      </table>
      <p>
        {fees.feeExempt
          ? texts.fees.exempt[locale]
          : texts.fees.stateFee[locale](euro(stateFeeCents, locale))}
      </p>
      <PriceList tariffs={[...fees.tariffs, props.view.stateFee]} locale={locale} />
    </>
  );
}

/** Each price the fees are computed from, with the row of the price list it comes from. */
function PriceList(props: { tariffs: AppliedTariff[]; locale: Locale }) {
  const { locale } = props;
  const words = texts.fees.priceList;
  return (
    <table class="price-list">
      <caption>{words.heading[locale]}</caption>
      <thead>
        <tr>
          <th scope="col">{words.tariff[locale]}</th>
          <th scope="col">{words.price[locale]}</th>
          <th scope="col">{words.source[locale]}</th>
        </tr>
      </thead>
      <tbody>
        {props.tariffs.map((t) => (
          <tr key={t.code}>
            <th scope="row">{TARIFF_NAMES[t.code][locale]}</th>
            <td>{euro(t.amountCents, locale)}</td>
            <td>{words.sourceText[locale](t.source, t.validFrom)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AgreementText(props: { body: string; label: string }) {
  return (
    // The agreement is written in Latvian whatever the page's language; screen readers say so.
    <div class="agreement-text" lang="lv" role="region" aria-label={props.label} tabindex={0}>
      {props.body}
    </div>
  );
}

export function VersionsTable(props: { view: AgreementView; locale: Locale; base: string }) {
  const { locale } = props;
  return (
    <table>
      <caption class="visually-hidden">{texts.versions.caption[locale]}</caption>
      <thead>
        <tr>
          <th scope="col">{texts.shared.version[locale]}</th>
          <th scope="col">{texts.versions.writtenBy[locale]}</th>
          <th scope="col">{texts.versions.time[locale]}</th>
          <th scope="col">{texts.versions.approvedBy[locale]}</th>
          <th scope="col">{texts.shared.compare[locale]}</th>
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
                  {texts.versionNumber[locale](v.number)}
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
                    {texts.versions.compareLink[locale](v.number - 1, v.number)}
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
  const { locale } = props;
  const comments = props.view.comments.filter(
    (c) => props.version === undefined || c.version === props.version,
  );
  if (comments.length === 0) return <p>{texts.comments.none[locale]}</p>;
  return (
    <ol class="comments">
      {comments.map((c) => (
        <li key={c.id}>
          <p class="caption">
            {SIDE_NAMES[c.side][props.locale]}: {c.author_name},{' '}
            {formatDateTime(c.created_at, props.locale)} · {c.version}.{' '}
            {texts.comments.onVersion[locale]}
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
  const { locale } = props;
  return (
    <div class="agreement-text agreement-diff" role="region" aria-label={props.label} tabindex={0}>
      {props.parts.map((p, i) =>
        p.kind === 'same' ? (
          p.text
        ) : p.kind === 'added' ? (
          <ins key={i}>
            <span class="visually-hidden">{texts.diff.added[locale]}</span>
            {p.text}
            <span class="visually-hidden">]</span>
          </ins>
        ) : (
          <del key={i}>
            <span class="visually-hidden">{texts.diff.removed[locale]}</span>
            {p.text}
            <span class="visually-hidden">]</span>
          </del>
        ),
      )}
    </div>
  );
}
