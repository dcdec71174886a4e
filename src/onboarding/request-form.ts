import type { Environment } from '../agreements/service.ts';
import type { ErrorDefinition } from '../platform/errors.ts';
import { requestErrors, type RequestErrorCode } from './request-errors.ts';
import { DATA_SCOPES, isDataScope, type DataScope } from './scope-names.ts';

/**
 * Validation of a motivated request, the same for the browser form and the API: each problem is
 * a field and a stable code, so the form shows it beside the field and the API answers the code.
 */

export const LIMITS = {
  law: 300,
  article: 200,
  purpose: 2000,
  pdpUsers: 1000,
  systemConnections: 100,
  monitoringPersons: 10_000_000,
} as const;

export interface ScopeAsked {
  scope: DataScope;
  law: string;
  article: string;
  purpose: string;
}

export interface RequestDraft {
  scopes: ScopeAsked[];
  environments: Environment[];
  pdpUsers: number;
  systemConnections: number;
  monitoring: boolean;
  monitoringPersons: number | null;
}

/** What came in, before validation: numbers may still be text typed into a form. */
export interface RequestInput {
  scopes: { scope: string; law: string; article: string; purpose: string }[];
  environments: string[];
  pdpUsers: number | string | null;
  systemConnections: number | string | null;
  monitoring: boolean | null;
  monitoringPersons: number | string | null;
}

export interface FieldProblem {
  field: string;
  code: RequestErrorCode;
  details?: Record<string, number>;
}

export type Validated = { ok: true; value: RequestDraft } | { ok: false; problems: FieldProblem[] };

/** Form field names: one group per scope, so the error summary can link to the exact field. */
export const fieldNames = (scope: DataScope) => ({
  chosen: `scope_${scope}`,
  law: `law_${scope}`,
  article: `article_${scope}`,
  purpose: `purpose_${scope}`,
});

function wholeNumber(value: number | string | null, min: number, max: number): number | null {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*\d{1,9}\s*$/.test(value)
        ? Number(value.trim())
        : Number.NaN;
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
}

export function validateRequest(input: RequestInput): Validated {
  const problems: FieldProblem[] = [];
  const scopes: ScopeAsked[] = [];
  const seen = new Set<string>();
  for (const asked of input.scopes) {
    if (!isDataScope(asked.scope) || seen.has(asked.scope)) continue;
    seen.add(asked.scope);
    const names = fieldNames(asked.scope);
    const law = asked.law.trim();
    const article = asked.article.trim();
    const purpose = asked.purpose.trim();
    if (law === '') problems.push({ field: names.law, code: 'legal_basis_missing' });
    else if (law.length > LIMITS.law) {
      problems.push({ field: names.law, code: 'text_too_long', details: { max: LIMITS.law } });
    }
    if (article === '') problems.push({ field: names.article, code: 'legal_basis_missing' });
    else if (article.length > LIMITS.article) {
      problems.push({
        field: names.article,
        code: 'text_too_long',
        details: { max: LIMITS.article },
      });
    }
    if (purpose === '') problems.push({ field: names.purpose, code: 'purpose_missing' });
    else if (purpose.length > LIMITS.purpose) {
      problems.push({
        field: names.purpose,
        code: 'text_too_long',
        details: { max: LIMITS.purpose },
      });
    }
    scopes.push({ scope: asked.scope, law, article, purpose });
  }
  // In the register's order, whatever order they came in.
  scopes.sort((a, b) => DATA_SCOPES.indexOf(a.scope) - DATA_SCOPES.indexOf(b.scope));
  if (scopes.length === 0) {
    problems.unshift({ field: fieldNames(DATA_SCOPES[0]).chosen, code: 'scope_required' });
  }
  const environments = (['test', 'production'] as const).filter((e) =>
    input.environments.includes(e),
  );
  if (environments.length === 0) problems.push({ field: 'env_test', code: 'environment_required' });
  const pdpUsers = wholeNumber(input.pdpUsers, 0, LIMITS.pdpUsers);
  if (pdpUsers === null) problems.push({ field: 'pdpUsers', code: 'pdp_users_invalid' });
  const systemConnections = wholeNumber(input.systemConnections, 0, LIMITS.systemConnections);
  if (systemConnections === null) {
    problems.push({ field: 'systemConnections', code: 'system_connections_invalid' });
  }
  let monitoringPersons: number | null = null;
  if (input.monitoring === null) {
    problems.push({ field: 'monitoring_yes', code: 'monitoring_choice_required' });
  } else if (input.monitoring) {
    monitoringPersons = wholeNumber(input.monitoringPersons, 1, LIMITS.monitoringPersons);
    if (monitoringPersons === null) {
      problems.push({ field: 'monitoringPersons', code: 'monitoring_persons_invalid' });
    }
  }
  if (
    problems.length > 0 ||
    pdpUsers === null ||
    systemConnections === null ||
    input.monitoring === null
  ) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    value: {
      scopes,
      environments,
      pdpUsers,
      systemConnections,
      monitoring: input.monitoring,
      monitoringPersons,
    },
  };
}

/** The browser form's fields, read into the shape both channels share. */
export function inputFromForm(fields: Record<string, string>): RequestInput {
  const text = (name: string) => fields[name] ?? '';
  return {
    scopes: DATA_SCOPES.filter((s) => text(fieldNames(s).chosen) === 'yes').map((s) => {
      const names = fieldNames(s);
      return {
        scope: s,
        law: text(names.law),
        article: text(names.article),
        purpose: text(names.purpose),
      };
    }),
    environments: (['test', 'production'] as const).filter((e) => text(`env_${e}`) === 'yes'),
    pdpUsers: text('pdpUsers'),
    systemConnections: text('systemConnections'),
    monitoring: text('monitoring') === 'yes' ? true : text('monitoring') === 'no' ? false : null,
    monitoringPersons: text('monitoringPersons'),
  };
}

/** A stored draft as the form's fields, for editing it. */
export function draftAsFields(draft: RequestDraft): Record<string, string> {
  const fields: Record<string, string> = {
    pdpUsers: String(draft.pdpUsers),
    systemConnections: String(draft.systemConnections),
    monitoring: draft.monitoring ? 'yes' : 'no',
    monitoringPersons: draft.monitoringPersons === null ? '' : String(draft.monitoringPersons),
  };
  for (const e of draft.environments) fields[`env_${e}`] = 'yes';
  for (const s of draft.scopes) {
    const names = fieldNames(s.scope);
    fields[names.chosen] = 'yes';
    fields[names.law] = s.law;
    fields[names.article] = s.article;
    fields[names.purpose] = s.purpose;
  }
  return fields;
}

export const problemDefinition = (problem: FieldProblem): ErrorDefinition =>
  requestErrors[problem.code];
