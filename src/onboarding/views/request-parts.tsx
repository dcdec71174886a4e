import type { Locale } from '../../platform/i18n/locale.ts';
import { formatDateTime } from '../../platform/time/dates.ts';
import type { RequestView } from '../request-view.ts';
import {
  DECISION_NAMES,
  ENVIRONMENT_NAMES,
  EVENT_NAMES,
  eventBodyText,
  formatDay,
  STATUS_NAMES,
  workingDaysText,
} from '../request-texts.ts';
import { SCOPE_NAMES } from '../scope-names.ts';
import { requestPageTexts as texts } from '../texts/request-pages.ts';

/** Pieces both sides' request pages show: the key facts, the scopes with decisions, the events. */

export function RequestFacts(props: { view: RequestView; locale: Locale }) {
  const { view, locale } = props;
  const facts = texts.facts;
  return (
    <table class="summary-list">
      <tbody>
        <tr>
          <th scope="row">{facts.organisation[locale]}</th>
          <td>{view.organisationName}</td>
        </tr>
        <tr>
          <th scope="row">{facts.status[locale]}</th>
          <td>
            <span class="tag">{STATUS_NAMES[view.status][locale]}</span>
          </td>
        </tr>
        {view.submittedAt === null ? null : (
          <tr>
            <th scope="row">{facts.submitted[locale]}</th>
            <td>{formatDateTime(view.submittedAt, locale)}</td>
          </tr>
        )}
        {view.deadline === null ? null : (
          <tr>
            <th scope="row">{facts.deadline[locale]}</th>
            <td>
              {formatDay(view.deadline, locale)}
              {view.workingDaysLeft === null
                ? null
                : ` (${workingDaysText(view.workingDaysLeft, locale)}${
                    view.status === 'clarification' ? facts.clockStopped[locale] : ''
                  })`}
            </td>
          </tr>
        )}
        {view.decidedAt === null ? null : (
          <tr>
            <th scope="row">{facts.decided[locale]}</th>
            <td>{formatDateTime(view.decidedAt, locale)}</td>
          </tr>
        )}
        <tr>
          <th scope="row">{facts.environments[locale]}</th>
          <td>{view.environments.map((e) => ENVIRONMENT_NAMES[e][locale]).join(', ')}</td>
        </tr>
        <tr>
          <th scope="row">{facts.pdpUsers[locale]}</th>
          <td>{view.pdpUsers}</td>
        </tr>
        <tr>
          <th scope="row">{facts.systemConnections[locale]}</th>
          <td>{view.systemConnections}</td>
        </tr>
        <tr>
          <th scope="row">{facts.monitoring[locale]}</th>
          <td>
            {view.monitoring
              ? facts.monitoringPersons[locale](view.monitoringPersons ?? 0)
              : texts.no[locale]}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

export function ScopeTable(props: { view: RequestView; locale: Locale; caption: string }) {
  const { view, locale } = props;
  const columns = texts.scopeTable;
  return (
    <table>
      <caption class="caption">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{columns.scope[locale]}</th>
          <th scope="col">{columns.legalBasis[locale]}</th>
          <th scope="col">{columns.purpose[locale]}</th>
          <th scope="col">{columns.decision[locale]}</th>
        </tr>
      </thead>
      <tbody>
        {view.scopes.map((s) => (
          <tr key={s.scope}>
            <th scope="row">{SCOPE_NAMES[s.scope][locale]}</th>
            <td>
              {s.legalBasisLaw}, {s.legalBasisArticle}
            </td>
            <td>{s.purpose}</td>
            <td>
              <span class="tag">{DECISION_NAMES[s.decision][locale]}</span>
              {s.decisionReason === null ? null : <p>{s.decisionReason}</p>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function EventList(props: { view: RequestView; locale: Locale }) {
  const { view, locale } = props;
  if (view.events.length === 0) return null;
  return (
    <>
      <h2>{texts.events.heading[locale]}</h2>
      <ol class="events">
        {view.events.map((e, i) => (
          <li key={i}>
            <p>
              <strong>{EVENT_NAMES[e.kind][locale]}</strong> ·{' '}
              {formatDateTime(e.occurredAt, locale)} · {e.actorName}
              {e.side === 'pmlp' ? ' (PMLP)' : ''}
            </p>
            {e.body === null ? null : (
              <p class="event-body">{eventBodyText(e.kind, e.body, locale)}</p>
            )}
            {e.deadlineAfter === null ||
            (e.kind !== 'submitted' && e.kind !== 'clarification_answered') ? null : (
              <p class="hint">
                {texts.events.deadline[locale]}
                {formatDay(e.deadlineAfter, locale)}
              </p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
