import type { Environment } from '../agreements/service.ts';
import { interpolate } from '../platform/errors.ts';
import type { Locale, Text } from '../platform/i18n/locale.ts';
import type { TextFn } from '../platform/i18n/messages.ts';
import type { FieldProblem } from './request-form.ts';
import { requestErrors } from './request-errors.ts';
import type { EventKind } from './request-store.ts';
import { isDataScope, SCOPE_NAMES } from './scope-names.ts';
import type { AccessRequestStatus, ScopeDecision } from './tables.ts';

/** Words for requests that the organisation's pages, staff pages and mails share. */

export const STATUS_NAMES: Record<AccessRequestStatus, Text> = {
  draft: { lv: 'Melnraksts', en: 'Draft' },
  submitted: { lv: 'Iesniegts, tiek izskatīts', en: 'Submitted, being considered' },
  clarification: { lv: 'Gaida precizējumu', en: 'Waiting for clarification' },
  decided: { lv: 'Lēmums pieņemts', en: 'Decided' },
  withdrawn: { lv: 'Atsaukts', en: 'Withdrawn' },
};

export const EVENT_NAMES: Record<EventKind, Text> = {
  submitted: { lv: 'Pieprasījums iesniegts', en: 'Request submitted' },
  clarification_asked: { lv: 'PMLP lūdz precizēt', en: 'PMLP asks for clarification' },
  clarification_answered: { lv: 'Organizācija atbild', en: 'The organisation answers' },
  scope_decided: { lv: 'Lēmums par datu apjomu', en: 'Decision on a data scope' },
  decided: { lv: 'Lēmums par pieprasījumu', en: 'Request decided' },
  withdrawn: { lv: 'Pieprasījums atsaukts', en: 'Request withdrawn' },
};

export const DECISION_NAMES: Record<ScopeDecision, Text> = {
  pending: { lv: 'Izskatīšanā', en: 'Pending' },
  approved: { lv: 'Apstiprināts', en: 'Approved' },
  refused: { lv: 'Atteikts', en: 'Refused' },
};

/** A scope's decision as a mail's sentence reads it, after the scope's name. */
export const DECISION_OUTCOMES: Record<'approved' | 'refused', Text> = {
  approved: { lv: 'apstiprināts', en: 'approved' },
  refused: { lv: 'atteikts', en: 'refused' },
};

/**
 * An event's text as the page's language reads it. A scope's decision is kept as
 * "<scope>: <decision>. <reason>" (codes, so any language can render it): its scope and
 * decision are named here; the reason is the officer's own words.
 */
export function eventBodyText(kind: EventKind, body: string, locale: Locale): string {
  if (kind !== 'scope_decided') return body;
  const match = /^([a-z_]+): (approved|refused)\. ?([\s\S]*)$/.exec(body);
  if (match === null) return body;
  const [, scope = '', decision = 'approved', reason = ''] = match;
  const name = isDataScope(scope) ? SCOPE_NAMES[scope][locale] : scope;
  const outcome = DECISION_NAMES[decision as 'approved' | 'refused'][locale];
  return `${name}: ${outcome}. ${reason}`.trimEnd();
}

export const ENVIRONMENT_NAMES: Record<Environment, Text> = {
  test: { lv: 'Testa vide', en: 'Test environment' },
  production: { lv: 'Produkcijas vide', en: 'Production environment' },
};

/** A calendar day as people read it: the one format of the whole service. */
export { formatDay } from '../platform/time/dates.ts';

/**
 * "5 darba dienas", "1 darba diena", "nokavēts par 2 darba dienām": Latvian agrees the noun with
 * the number (singular after 1, 21, 31 … but not 11) and puts it in the dative after "par".
 */
const WORKING_DAYS: TextFn<[n: number]> = {
  lv: (n) => {
    const abs = Math.abs(n);
    const singular = abs % 10 === 1 && abs % 100 !== 11;
    if (n === 0) return 'termiņš šodien';
    if (n > 0) return `${abs} ${singular ? 'darba diena' : 'darba dienas'}`;
    return `nokavēts par ${abs} ${singular ? 'darba dienu' : 'darba dienām'}`;
  },
  en: (n) => {
    const abs = Math.abs(n);
    const words = abs === 1 ? 'working day' : 'working days';
    if (n === 0) return 'due today';
    return n > 0 ? `${abs} ${words}` : `overdue by ${abs} ${words}`;
  },
};

/** Working days left until a deadline, or by how many it is overdue. */
export function workingDaysText(n: number, locale: Locale): string {
  return WORKING_DAYS[locale](n);
}

/** Field problems as the messages a form shows beside each field. */
export function problemMessages(
  problems: readonly {
    field: string;
    code: FieldProblem['code'];
    details?: Record<string, number>;
  }[],
  locale: Locale,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of problems) {
    if (out[p.field] !== undefined) continue;
    out[p.field] = interpolate(requestErrors[p.code][locale], p.details);
  }
  return out;
}
