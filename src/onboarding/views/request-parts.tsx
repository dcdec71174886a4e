import type { Locale } from '../../platform/i18n/locale.ts';
import { formatDateTime } from '../../platform/time/riga.ts';
import type { RequestView } from '../request-view.ts';
import {
  DECISION_NAMES,
  ENVIRONMENT_NAMES,
  EVENT_NAMES,
  formatDay,
  STATUS_NAMES,
  workingDaysText,
} from '../request-texts.ts';
import { SCOPE_NAMES } from '../scope-names.ts';

/** Pieces both sides' request pages show: the key facts, the scopes with decisions, the events. */

export function RequestFacts(props: { view: RequestView; locale: Locale }) {
  const { view, locale } = props;
  const lv = locale === 'lv';
  return (
    <table class="summary-list">
      <tbody>
        <tr>
          <th scope="row">{lv ? 'Organizācija' : 'Organisation'}</th>
          <td>{view.organisationName}</td>
        </tr>
        <tr>
          <th scope="row">{lv ? 'Statuss' : 'Status'}</th>
          <td>
            <span class="tag">{STATUS_NAMES[view.status][locale]}</span>
          </td>
        </tr>
        {view.submittedAt === null ? null : (
          <tr>
            <th scope="row">{lv ? 'Iesniegts' : 'Submitted'}</th>
            <td>{formatDateTime(view.submittedAt, locale)}</td>
          </tr>
        )}
        {view.deadline === null ? null : (
          <tr>
            <th scope="row">{lv ? 'Atbildes termiņš' : 'Answer due by'}</th>
            <td>
              {formatDay(view.deadline, locale)}
              {view.workingDaysLeft === null
                ? null
                : ` (${workingDaysText(view.workingDaysLeft, locale)}${
                    view.status === 'clarification'
                      ? lv
                        ? '; termiņš apturēts, kamēr gaida precizējumu'
                        : '; the clock is stopped while a clarification is awaited'
                      : ''
                  })`}
            </td>
          </tr>
        )}
        {view.decidedAt === null ? null : (
          <tr>
            <th scope="row">{lv ? 'Lēmums pieņemts' : 'Decided'}</th>
            <td>{formatDateTime(view.decidedAt, locale)}</td>
          </tr>
        )}
        <tr>
          <th scope="row">{lv ? 'Vides' : 'Environments'}</th>
          <td>{view.environments.map((e) => ENVIRONMENT_NAMES[e][locale]).join(', ')}</td>
        </tr>
        <tr>
          <th scope="row">{lv ? 'Personu datu pārlūka lietotāji' : 'Person Data Browser users'}</th>
          <td>{view.pdpUsers}</td>
        </tr>
        <tr>
          <th scope="row">{lv ? 'Sistēmu pieslēgumi' : 'System connections'}</th>
          <td>{view.systemConnections}</td>
        </tr>
        <tr>
          <th scope="row">{lv ? 'Uzraudzība' : 'Monitoring'}</th>
          <td>
            {view.monitoring
              ? lv
                ? `Jā, aptuveni ${view.monitoringPersons ?? 0} personas`
                : `Yes, about ${view.monitoringPersons ?? 0} persons`
              : lv
                ? 'Nē'
                : 'No'}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

export function ScopeTable(props: { view: RequestView; locale: Locale; caption: string }) {
  const { view, locale } = props;
  const lv = locale === 'lv';
  return (
    <table>
      <caption class="caption">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{lv ? 'Datu apjoms' : 'Data scope'}</th>
          <th scope="col">{lv ? 'Tiesiskais pamats' : 'Legal basis'}</th>
          <th scope="col">{lv ? 'Mērķis' : 'Purpose'}</th>
          <th scope="col">{lv ? 'Lēmums' : 'Decision'}</th>
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
  const lv = locale === 'lv';
  if (view.events.length === 0) return null;
  return (
    <>
      <h2>{lv ? 'Gaita' : 'History'}</h2>
      <ol class="events">
        {view.events.map((e, i) => (
          <li key={i}>
            <p>
              <strong>{EVENT_NAMES[e.kind][locale]}</strong> ·{' '}
              {formatDateTime(e.occurredAt, locale)} · {e.actorName}
              {e.side === 'pmlp' ? ' (PMLP)' : ''}
            </p>
            {e.body === null ? null : <p class="event-body">{e.body}</p>}
            {e.deadlineAfter === null ||
            (e.kind !== 'submitted' && e.kind !== 'clarification_answered') ? null : (
              <p class="hint">
                {lv ? 'Atbildes termiņš: ' : 'Answer due by: '}
                {formatDay(e.deadlineAfter, locale)}
              </p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
