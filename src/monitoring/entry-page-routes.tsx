import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Environment } from '../agreements/service.ts';
import { AppError, errorMessage, platformErrors } from '../platform/errors.ts';
import type { App } from '../platform/http/app-type.ts';
import { principalOf } from '../platform/http/auth.ts';
import { formFields, formFile } from '../platform/http/form-body.ts';
import {
  redirectOnce,
  submitFormOnce,
  submitFormOnceOrRefuse,
} from '../platform/http/form-submissions.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import type { RouteDeps } from '../route-deps.ts';
import { addEntries, addEntry, endEntry, type AddCounts, type EntryActor } from './entries.ts';
import { entryCsv } from './entry-csv.ts';
import { entryErrors, entryPageErrors } from './entry-errors.ts';
import { parseEntryFile } from './entry-file.ts';
import { listEntries } from './entry-list.ts';
import { entriesPageTexts as texts } from './texts/entries-page.ts';
import {
  EntriesPage,
  entriesPath,
  ENVIRONMENT_SLUGS,
  type FileRefusal,
} from './views/entries-page.tsx';

const org = ['org_user'] as const;
const Params = Type.Object({
  vide: Type.Union([
    Type.Literal(ENVIRONMENT_SLUGS.production),
    Type.Literal(ENVIRONMENT_SLUGS.test),
  ]),
});
const PageQuery = Type.Object({
  meklet: Type.Optional(Type.String({ maxLength: 100 })),
  lapa: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
  pievienoti: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
  jau: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
  beigts: Type.Optional(Type.Literal('1')),
  lang: Type.Optional(Type.String()),
});

function environmentOf(slug: string): Environment {
  return slug === ENVIRONMENT_SLUGS.test ? 'test' : 'production';
}

/** The representatives manage the list; browser users are refused. */
function pageActor(request: FastifyRequest, environment: Environment): EntryActor {
  const me = principalOf(request, 'org_user');
  if (me.role !== 'representative')
    throw new AppError(entryPageErrors.monitoring_representative_required);
  return {
    organisationId: me.organisationId,
    environment,
    by: `user:${me.orgUserId}`,
    audit: { actorType: 'org_user', actorId: String(me.orgUserId), channel: 'browser' },
    requestId: request.id,
  };
}

/** The list with the counts of what a form added: where both adding forms lead. */
function addedPath(environment: Environment, counts: AddCounts): string {
  const already = counts.alreadyMonitored + counts.resumed;
  return `${entriesPath(environment)}?pievienoti=${counts.added}&jau=${already}`;
}

/** The organisation's "Monitorēšana" pages, one per environment; forms post and redirect. */
export function registerEntryPageRoutes(app: App, deps: RouteDeps): void {
  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    actor: EntryActor,
    options: {
      search?: string;
      page?: number;
      notice?: string | null;
      errors?: Record<string, string>;
      input?: { personalCode: string; reference: string };
      fileRefusal?: FileRefusal | null;
      status?: number;
    } = {},
  ) => {
    const list = await listEntries(deps.db, deps.clock, {
      organisationId: actor.organisationId,
      environment: actor.environment,
      search: options.search ?? '',
      page: options.page ?? 1,
    });
    return sendPage(
      reply,
      <EntriesPage
        ctx={pageContext(request, reply)}
        environment={actor.environment}
        list={list}
        search={options.search ?? ''}
        notice={options.notice ?? null}
        errors={options.errors ?? {}}
        input={options.input ?? { personalCode: '', reference: '' }}
        fileRefusal={options.fileRefusal ?? null}
      />,
      options.status ?? 200,
    );
  };

  app.get(
    '/organizacijas/monitorings/:vide',
    { config: { access: org }, schema: { hide: true, params: Params, querystring: PageQuery } },
    async (request, reply) => {
      const actor = pageActor(request, environmentOf(request.params.vide));
      const locale = pageContext(request, reply).locale;
      const q = request.query;
      const notice =
        q.pievienoti !== undefined
          ? texts.notice.added[locale](q.pievienoti, q.jau ?? 0)
          : q.beigts === '1'
            ? texts.notice.ended[locale]
            : null;
      return show(request, reply, actor, {
        search: q.meklet ?? '',
        page: q.lapa ?? 1,
        notice,
      });
    },
  );

  app.post(
    '/organizacijas/monitorings/:vide/pievienot',
    { config: { access: org }, schema: { hide: true, params: Params } },
    async (request, reply) => {
      const actor = pageActor(request, environmentOf(request.params.vide));
      const fields = formFields(request.body);
      const input = {
        personalCode: (fields.personalCode ?? '').slice(0, 40),
        reference: (fields.reference ?? '').slice(0, 200),
      };
      let added: string;
      try {
        added = await submitFormOnce(
          deps.db,
          request,
          entriesPath(actor.environment),
          async (trx) => {
            const result = await addEntry(trx, deps, actor, {
              ...input,
              purpose: fields.purpose ?? null,
            });
            return addedPath(actor.environment, result.counts);
          },
        );
      } catch (error) {
        // A refused form token is the form's, not the code's: its own page says to start again.
        if (
          !(error instanceof AppError) ||
          error.definition.status >= 500 ||
          error.definition === platformErrors.form_token_invalid
        ) {
          throw error;
        }
        const locale = pageContext(request, reply).locale;
        const field =
          error.definition === entryErrors.monitoring_reference_invalid
            ? 'reference'
            : 'personalCode';
        return show(request, reply, actor, {
          input,
          errors: { [field]: errorMessage(error.definition, error.details)[locale] },
          status: error.definition.status,
        });
      }
      return reply.redirect(added, 303);
    },
  );

  app.post(
    '/organizacijas/monitorings/:vide/datne',
    { config: { access: org }, schema: { hide: true, params: Params } },
    async (request, reply) => {
      const actor = pageActor(request, environmentOf(request.params.vide));
      const locale = pageContext(request, reply).locale;
      const fields = formFields(request.body);
      const file = await formFile(request.body, 'datne');
      const parsed = file === null ? null : parseEntryFile(file.bytes);
      if (parsed === null || !parsed.ok) {
        const definition = parsed === null ? entryErrors.monitoring_file_missing : parsed.error;
        const details = parsed === null || parsed.ok ? undefined : parsed.details;
        return show(request, reply, actor, {
          errors: { datne: errorMessage(definition, details)[locale] },
          status: definition.status,
        });
      }
      // A file of a thousand codes sent twice adds them once.
      const sent = await submitFormOnceOrRefuse(
        deps.db,
        request,
        entriesPath(actor.environment),
        async (trx) => {
          const outcome = await addEntries(trx, deps, actor, {
            items: parsed.items,
            purpose: fields.filePurpose ?? null,
          });
          return outcome.ok
            ? { ok: true, outcome: addedPath(actor.environment, outcome.counts) }
            : { ok: false, refusal: outcome };
        },
      );
      if (!sent.ok) {
        const refused = sent.refusal;
        const overLimit = refused.problems.some(
          (p) => p.error === entryErrors.monitoring_over_limit,
        );
        return show(request, reply, actor, {
          fileRefusal: {
            problems: refused.problems,
            numbers: overLimit
              ? { limit: refused.limit, monitored: refused.monitored, requested: refused.requested }
              : null,
          },
          status: 422,
        });
      }
      return reply.redirect(sent.outcome, 303);
    },
  );

  app.post(
    '/organizacijas/monitorings/:vide/beigt',
    { config: { access: org }, schema: { hide: true, params: Params } },
    async (request, reply) => {
      const actor = pageActor(request, environmentOf(request.params.vide));
      const code = (formFields(request.body).personalCode ?? '').slice(0, 40);
      const list = entriesPath(actor.environment);
      return redirectOnce(deps.db, request, reply, list, async (trx) => {
        await endEntry(trx, deps, actor, { personalCode: code });
        return `${list}?beigts=1`;
      });
    },
  );

  app.get(
    '/organizacijas/monitorings/:vide/saraksts.csv',
    { config: { access: org }, schema: { hide: true, params: Params } },
    async (request, reply) => {
      const actor = pageActor(request, environmentOf(request.params.vide));
      const locale = pageContext(request, reply).locale;
      const csv = await entryCsv(deps.db, deps.clock, actor, locale);
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="monitorings-${request.params.vide}.csv"`,
        )
        .send(csv);
    },
  );
}
