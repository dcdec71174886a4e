import { Type, type TSchema } from 'typebox';
import { inTransaction } from '../platform/db/transaction.ts';
import { AppError, platformErrors } from '../platform/errors.ts';
import type { App } from '../platform/http/app-type.ts';
import {
  errorResponses,
  IsoDate,
  IsoDateTime,
  StringEnum,
  withExample,
} from '../platform/http/schemas.ts';
import {
  accessRequestExample,
  deadlineExample,
  newRequestExample,
  requestListExample,
} from './request-api-examples.ts';
import type { RouteDeps } from '../route-deps.ts';
import { representative } from './org-actor.ts';
import { requestErrors } from './request-errors.ts';
import { validateRequest, type FieldProblem } from './request-form.ts';
import type { RequestView } from './request-view.ts';
import {
  requestForOrganisation,
  requestIdOf,
  requestsOfOrganisation,
  saveDraft,
  submitRequest,
} from './requests.ts';
import { DATA_SCOPES } from './scope-names.ts';

/**
 * The organisations' JSON API for access requests, for a signed-in representative (the browser
 * session's cookie). Same rules and codes as the form; camelCase names, never column names.
 */

const PREFIX = '/api/organisation/v1';
const tags = ['Organisation: access requests'];
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const OneOf = StringEnum;
const ScopeName = OneOf(DATA_SCOPES);
const EnvironmentName = OneOf(['test', 'production']);
const Status = OneOf(['draft', 'submitted', 'clarification', 'decided', 'withdrawn']);

const NewRequest = Type.Object(
  {
    scopes: Type.Array(
      Type.Object(
        {
          scope: ScopeName,
          legalBasisLaw: Type.String({ maxLength: 10_000 }),
          legalBasisArticle: Type.String({ maxLength: 10_000 }),
          purpose: Type.String({ maxLength: 10_000 }),
        },
        { additionalProperties: false },
      ),
      { maxItems: DATA_SCOPES.length },
    ),
    environments: Type.Array(EnvironmentName, { maxItems: 2 }),
    pdpUsers: Type.Integer(),
    systemConnections: Type.Integer(),
    monitoring: Type.Boolean(),
    monitoringPersons: Type.Optional(Nullable(Type.Integer())),
  },
  { additionalProperties: false, title: 'NewAccessRequest' },
);

const AccessRequest = Type.Object(
  {
    id: Type.Integer({ description: 'Names a draft, which has no reference yet' }),
    reference: Nullable(Type.String({ description: 'PP-YYYY-NNNNNN, given on submission' })),
    status: Status,
    environments: Type.Array(EnvironmentName),
    pdpUsers: Type.Integer(),
    systemConnections: Type.Integer(),
    monitoring: Type.Boolean(),
    monitoringPersons: Nullable(Type.Integer()),
    createdAt: IsoDateTime,
    submittedAt: Nullable(IsoDateTime),
    deadline: Nullable(IsoDate),
    decidedAt: Nullable(IsoDateTime),
    workingDaysLeft: Nullable(Type.Integer()),
    scopes: Type.Array(
      Type.Object({
        scope: ScopeName,
        legalBasisLaw: Type.String(),
        legalBasisArticle: Type.String(),
        purpose: Type.String(),
        decision: OneOf(['pending', 'approved', 'refused']),
        decisionReason: Nullable(Type.String()),
        decidedAt: Nullable(IsoDateTime),
      }),
    ),
    events: Type.Array(
      Type.Object({
        kind: Type.String(),
        side: OneOf(['organisation', 'pmlp']),
        actorName: Type.String(),
        body: Nullable(Type.String()),
        deadlineAfter: Nullable(IsoDate),
        occurredAt: IsoDateTime,
      }),
    ),
    openQuestion: Nullable(
      Type.String({ description: 'The clarification staff asked for, if awaited' }),
    ),
  },
  {
    title: 'AccessRequest',
    description: 'The access request with its scopes, decisions and events',
  },
);

const ListItem = Type.Object({
  id: Type.Integer(),
  reference: Nullable(Type.String()),
  status: Status,
  createdAt: IsoDateTime,
  submittedAt: Nullable(IsoDateTime),
  deadline: Nullable(IsoDate),
  workingDaysLeft: Nullable(Type.Integer()),
});

const Deadline = Type.Object(
  {
    reference: Type.String(),
    status: Status,
    deadline: IsoDate,
    workingDaysLeft: Nullable(Type.Integer()),
    clockStopped: Type.Boolean({ description: 'True while a clarification is awaited' }),
    changes: Type.Array(
      Type.Object({
        kind: Type.String(),
        occurredAt: IsoDateTime,
        deadlineAfter: IsoDate,
      }),
    ),
  },
  { title: 'RequestDeadline', description: 'The answer deadline and how it moved' },
);

const KeyParams = Type.Object({
  reference: Type.String({
    pattern: '^(PP-\\d{4}-\\d{6}|\\d{1,15})$',
    description: 'The reference, or the id of a draft',
  }),
});

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

function requestBody(view: RequestView) {
  return {
    id: view.id,
    reference: view.reference,
    status: view.status,
    environments: view.environments,
    pdpUsers: view.pdpUsers,
    systemConnections: view.systemConnections,
    monitoring: view.monitoring,
    monitoringPersons: view.monitoringPersons,
    createdAt: view.createdAt.toISOString(),
    submittedAt: iso(view.submittedAt),
    deadline: view.deadline,
    decidedAt: iso(view.decidedAt),
    workingDaysLeft: view.workingDaysLeft,
    scopes: view.scopes.map((s) => ({ ...s, decidedAt: iso(s.decidedAt) })),
    events: view.events.map((e) => ({ ...e, occurredAt: e.occurredAt.toISOString() })),
    openQuestion: view.openQuestion?.body ?? null,
  };
}

/** The form's field names as the API's paths, for the error's details. */
function apiPath(field: string): string {
  const scoped = /^(scope|law|article|purpose)_(\w+)$/.exec(field);
  if (scoped !== null) {
    const key = {
      scope: '',
      law: '.legalBasisLaw',
      article: '.legalBasisArticle',
      purpose: '.purpose',
    }[scoped[1] as 'scope' | 'law' | 'article' | 'purpose'];
    return scoped[1] === 'scope' ? 'scopes' : `scopes[${scoped[2]}]${key}`;
  }
  if (field === 'env_test') return 'environments';
  if (field === 'monitoring_yes') return 'monitoring';
  return field;
}

function refuse(problems: FieldProblem[]): never {
  const first = problems[0];
  if (first === undefined)
    throw new AppError(platformErrors.validation_failed, { fields: ['body'] });
  const fields = problems.filter((p) => p.code === first.code).map((p) => apiPath(p.field));
  throw new AppError(requestErrors[first.code], { fields, max: first.details?.max ?? null });
}

export function registerRequestApi(app: App, deps: RouteDeps): void {
  const { db, clock } = deps;
  const config = { access: ['org_user'] as const };

  app.post(
    `${PREFIX}/access-requests`,
    {
      config,
      schema: {
        tags,
        summary: 'Submit a motivated access request (validated, given a reference and deadline)',
        body: withExample(NewRequest, newRequestExample),
        response: { 201: withExample(AccessRequest, accessRequestExample), ...errorResponses },
      },
    },
    async (request, reply) => {
      const me = representative(request);
      const body = request.body;
      const checked = validateRequest({
        scopes: body.scopes.map((s) => ({
          scope: s.scope,
          law: s.legalBasisLaw,
          article: s.legalBasisArticle,
          purpose: s.purpose,
        })),
        environments: body.environments,
        pdpUsers: body.pdpUsers,
        systemConnections: body.systemConnections,
        monitoring: body.monitoring,
        monitoringPersons: body.monitoringPersons ?? null,
      });
      if (!checked.ok) refuse(checked.problems);
      const now = clock.now();
      const id = await inTransaction(db, async (trx) => {
        const saved = await saveDraft(trx, me, checked.value, now);
        await submitRequest(trx, me, saved, {
          now,
          publicUrl: deps.config.publicUrl,
          httpRequestId: request.id,
          channel: 'api',
        });
        return saved;
      });
      const view = await requestForOrganisation(db, me.organisationId, id, now);
      return reply.status(201).send(requestBody(view));
    },
  );

  app.get(
    `${PREFIX}/access-requests`,
    {
      config,
      schema: {
        tags,
        summary: "The organisation's access requests, newest first",
        response: {
          200: withExample(
            Type.Object(
              { items: Type.Array(ListItem) },
              { description: 'The organisation’s requests, newest first' },
            ),
            requestListExample,
          ),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const me = representative(request);
      const items = await requestsOfOrganisation(db, me.organisationId, clock.now());
      return {
        items: items.map((r) => ({
          ...r,
          createdAt: r.createdAt.toISOString(),
          submittedAt: iso(r.submittedAt),
        })),
      };
    },
  );

  app.get(
    `${PREFIX}/access-requests/:reference`,
    {
      config,
      schema: {
        tags,
        summary: 'One access request with its scopes, decisions and events',
        params: KeyParams,
        response: { 200: withExample(AccessRequest, accessRequestExample), ...errorResponses },
      },
    },
    async (request) => {
      const me = representative(request);
      const id = await requestIdOf(db, me.organisationId, request.params.reference);
      return requestBody(await requestForOrganisation(db, me.organisationId, id, clock.now()));
    },
  );

  app.get(
    `${PREFIX}/access-requests/:reference/deadline`,
    {
      config,
      schema: {
        tags,
        summary: 'The answer deadline, working days left, and how clarifications moved it',
        params: KeyParams,
        response: { 200: withExample(Deadline, deadlineExample), ...errorResponses },
      },
    },
    async (request) => {
      const me = representative(request);
      const id = await requestIdOf(db, me.organisationId, request.params.reference);
      const view = await requestForOrganisation(db, me.organisationId, id, clock.now());
      if (view.reference === null || view.deadline === null) {
        throw new AppError(requestErrors.request_not_submitted);
      }
      return {
        reference: view.reference,
        status: view.status,
        deadline: view.deadline,
        workingDaysLeft: view.workingDaysLeft,
        clockStopped: view.status === 'clarification',
        changes: view.events
          .filter((e) => e.kind === 'submitted' || e.kind === 'clarification_answered')
          .flatMap((e) =>
            e.deadlineAfter === null
              ? []
              : [
                  {
                    kind: e.kind,
                    occurredAt: e.occurredAt.toISOString(),
                    deadlineAfter: e.deadlineAfter,
                  },
                ],
          ),
      };
    },
  );
}
