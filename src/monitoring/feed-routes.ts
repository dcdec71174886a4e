import type { FastifyRequest } from 'fastify';
import { principalOf } from '../platform/http/auth.ts';
import type { App } from '../platform/http/app-type.ts';
import { errorResponses, withExample } from '../platform/http/schemas.ts';
import { rigaDate } from '../platform/time/riga.ts';
import type { RouteDeps } from '../route-deps.ts';
import { cursorKey } from './feed-cursor.ts';
import { readFeed, requireMonitoringAgreed } from './feed.ts';
import { FEED_ANSWER_EXAMPLE, FeedAnswer, FeedHeaders, FeedQuery } from './feed-schemas.ts';

/** The pull feed of monitoring events, for the organisation's system connections. */
export function registerFeedRoutes(app: App, deps: RouteDeps): void {
  const key = cursorKey(deps.config.secrets.sessionSecret);
  app.get(
    '/api/v1/monitoring/events',
    {
      config: {
        access: ['system_client'] as const,
        rateLimit: {
          max: deps.config.apiRateLimitPerMinute,
          timeWindow: '1 minute',
          // After authorisation, so the limit is per connection, not per address.
          hook: 'preHandler' as const,
          keyGenerator: (request: FastifyRequest) =>
            request.principal?.kind === 'system_client' ? request.principal.clientId : request.ip,
        },
      },
      schema: {
        tags: ['Monitoring'],
        security: [{ systemClient: [] }],
        summary: 'Monitoring events after a cursor, in order (the pull feed)',
        description:
          'The events of the connection’s organisation in the connection’s environment, oldest ' +
          'first. Read pages with `after` = the previous `nextCursor` until `upToDate`, then poll ' +
          'again later with the last cursor and `If-None-Match` = the last `ETag`: `304` means ' +
          'nothing is new. Events are kept at least 90 days; a cursor older than that answers ' +
          '`410 monitoring_cursor_expired` with the oldest readable cursor in `details.oldestCursor`. ' +
          'Too many calls answer `429 rate_limited` with `Retry-After`. An event carries no data: ' +
          'read the new values with an ordinary (charged, audited) query.',
        querystring: FeedQuery,
        headers: FeedHeaders,
        response: {
          200: withExample(FeedAnswer, FEED_ANSWER_EXAMPLE),
          304: { type: 'null', description: 'Nothing new since the answer with this ETag' },
          ...errorResponses,
          410: { $ref: 'ErrorResponse#' },
          429: { $ref: 'ErrorResponse#' },
        },
      },
    },
    async (request, reply) => {
      const me = principalOf(request, 'system_client');
      const owner = { organisationId: me.organisationId, environment: me.environment };
      await requireMonitoringAgreed(deps.db, owner, rigaDate(deps.clock.now()));
      const page = await readFeed(deps.db, key, owner, {
        after: request.query.after ?? null,
        limit: request.query.limit,
      });
      reply.header('ETag', page.etag);
      if (request.headers['if-none-match'] === page.etag) return reply.code(304).send(null);
      // Built whole by the database and feed.ts in FeedAnswer's shape: sent as it is.
      return reply.type('application/json; charset=utf-8').send(page.json);
    },
  );
}
