import type { FastifyRequest } from 'fastify';
import { inTransaction } from '../platform/db/transaction.ts';
import { errorMessage } from '../platform/errors.ts';
import type { App } from '../platform/http/app-type.ts';
import { principalOf } from '../platform/http/auth.ts';
import { errorResponses } from '../platform/http/schemas.ts';
import type { RouteDeps } from '../route-deps.ts';
import { addEntries, addEntry, endEntry, type EntryActor } from './entries.ts';
import { entryErrors } from './entry-errors.ts';
import { listEntries } from './entry-list.ts';
import {
  AddAnswer,
  AddBody,
  BatchAnswer,
  BatchBody,
  BatchRefusal,
  EndAnswer,
  EndQuery,
  ListAnswer,
  ListQuery,
  PersonParams,
} from './entry-schemas.ts';

const TAGS = ['Monitoring'];
const security = [{ systemClient: [] }];
const config = { access: ['system_client'] as const };

/** The connection acts for its organisation, in the connection's own environment. */
function connectionActor(request: FastifyRequest): EntryActor {
  const me = principalOf(request, 'system_client');
  return {
    organisationId: me.organisationId,
    environment: me.environment,
    by: `connection:${me.connectionId}`,
    audit: { actorType: 'system_client', actorId: me.clientId, channel: 'api' },
    requestId: request.id,
  };
}

/**
 * The list of monitored persons for system connections. Unlike the data API, the personal code
 * is in the path (a resource of its own, PUT and DELETE); the logger masks it in the URL.
 */
export function registerEntryApiRoutes(app: App, deps: RouteDeps): void {
  app.put(
    '/api/v1/monitoring/persons/:personalCode',
    {
      config,
      schema: {
        tags: TAGS,
        security,
        summary: 'Monitor a person (repeating it changes nothing but the reference)',
        params: PersonParams,
        body: AddBody,
        response: { 200: AddAnswer, ...errorResponses },
      },
    },
    async (request) => {
      const actor = connectionActor(request);
      const result = await inTransaction(deps.db, (trx) =>
        addEntry(trx, deps, actor, {
          personalCode: request.params.personalCode,
          reference: request.body.reference,
          purpose: request.body.purpose,
        }),
      );
      return {
        personalCode: result.code,
        outcome: result.counts.added === 1 ? ('added' as const) : ('already_monitored' as const),
        monitored: result.counts.monitored,
        limit: result.counts.limit,
      };
    },
  );

  app.delete(
    '/api/v1/monitoring/persons/:personalCode',
    {
      config,
      schema: {
        tags: TAGS,
        security,
        summary: 'End monitoring of a person, now or from a day',
        params: PersonParams,
        querystring: EndQuery,
        response: { 200: EndAnswer, ...errorResponses },
      },
    },
    async (request) => {
      const actor = connectionActor(request);
      const result = await inTransaction(deps.db, (trx) =>
        endEntry(trx, deps, actor, {
          personalCode: request.params.personalCode,
          endsOn: request.query.endsOn,
        }),
      );
      return {
        personalCode: result.code,
        endsAt: result.endsAt.toISOString(),
        monitored: result.monitored,
      };
    },
  );

  app.post(
    '/api/v1/monitoring/persons/batch',
    {
      config,
      schema: {
        tags: TAGS,
        security,
        summary: 'Monitor up to 10,000 persons at once, all or nothing',
        body: BatchBody,
        response: { 200: BatchAnswer, 422: BatchRefusal, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = connectionActor(request);
      const outcome = await inTransaction(deps.db, (trx) =>
        addEntries(trx, deps, actor, {
          items: request.body.persons,
          purpose: request.body.purpose,
        }),
      );
      if (!outcome.ok) {
        const definition = entryErrors.monitoring_batch_refused;
        return reply.code(422).send({
          code: 'monitoring_batch_refused' as const,
          message: errorMessage(definition, { count: outcome.problems.length }),
          requestId: request.id,
          details: {
            limit: outcome.limit,
            monitored: outcome.monitored,
            requested: outcome.requested,
          },
          problems: outcome.problems.map((p) => ({
            index: p.line - 1,
            personalCode: p.personalCode,
            code: p.error.code,
            message: { lv: p.error.lv, en: p.error.en },
          })),
        });
      }
      return {
        added: outcome.counts.added,
        alreadyMonitored: outcome.counts.alreadyMonitored + outcome.counts.resumed,
        monitored: outcome.counts.monitored,
        limit: outcome.counts.limit,
      };
    },
  );

  app.get(
    '/api/v1/monitoring/persons',
    {
      config,
      schema: {
        tags: TAGS,
        security,
        summary: 'The persons monitored now, newest first, 100 a page, with the counts',
        querystring: ListQuery,
        response: { 200: ListAnswer, ...errorResponses },
      },
    },
    async (request) => {
      const me = principalOf(request, 'system_client');
      const list = await listEntries(deps.db, deps.clock, {
        organisationId: me.organisationId,
        environment: me.environment,
        search: request.query.search ?? '',
        page: request.query.page ?? 1,
      });
      return {
        monitored: list.monitored,
        limit: list.limit,
        matching: list.matching,
        page: list.page,
        pages: list.pages,
        persons: list.entries.map((e) => ({
          personalCode: e.personal_code,
          reference: e.reference,
          purpose: e.purpose,
          addedAt: e.added_at.toISOString(),
          endsAt: e.ends_at === null ? null : e.ends_at.toISOString(),
        })),
      };
    },
  );
}
