import type {} from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { confirmOrganisation, findOrganisation } from '../agreements/service.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { AppError, interpolate } from '../platform/errors.ts';
import type { App } from '../platform/http/app-type.ts';
import { principalOf } from '../platform/http/auth.ts';
import { formFields } from '../platform/http/form-body.ts';
import { redirectOnce, submitFormOnce } from '../platform/http/form-submissions.ts';
import type { FieldErrors } from '../platform/views/forms.tsx';
import { pageContext, sendPage } from '../platform/views/render.ts';
import type { RouteDeps } from '../route-deps.ts';
import { formCsrfToken } from './csrf.ts';
import { identityErrors } from './errors.ts';
import { sectionsFor } from './org-sections.ts';
import {
  assertManager,
  disableOrgUser,
  setResponsibleUser,
  resetOrgUserAccess,
  unblockOrgUser,
} from './org-user-admin.ts';
import { findOrgUser, listOrgUsers, type OrgUser } from './org-user-records.ts';
import { completeSetup, openSetupLink, SetupError } from './org-user-setup.ts';
import { verifyOrgSignIn } from './org-user-sign-in.ts';
import { addBrowserUser, listUserRequests } from './org-users.ts';
import { safeReturnPath } from './return-path.ts';
import { SIGN_IN_RATE_LIMIT } from './routes.tsx';
import { deleteSessionsOf } from './session-store.ts';
import { endSessionOf, setSessionCookie, startSession } from './sessions.ts';
import { OrgHomePage } from './views/org-home-page.tsx';
import { OrgSetupPage } from './views/org-setup-page.tsx';
import { OrgSignInPage } from './views/org-sign-in-page.tsx';
import { ORG_USER_ROLE_LABELS, RESPONSIBLE_LABEL } from './views/org-texts.ts';
import { OrgUsersPage, type UsersNotice } from './views/org-users-page.tsx';

const HOME = '/organizacijas';
const USERS = '/organizacijas/lietotaji';
const orgUser = ['org_user'] as const;
const SignInQuery = Type.Object({ atpakal: Type.Optional(Type.String({ maxLength: 2000 })) });
const SetupQuery = Type.Object({ zetons: Type.Optional(Type.String({ maxLength: 200 })) });
const UserParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 }) });
const UsersQuery = Type.Object({
  pievienots: Type.Optional(Type.Union([Type.Literal('invited'), Type.Literal('requested')])),
  atjaunots: Type.Optional(Type.Literal('1')),
});

/** Refusals the sign-in form shows beside a field, by the field they concern. */
const SIGN_IN_FIELDS: Record<string, 'email' | 'password'> = {
  [identityErrors.org_credentials_invalid.code]: 'password',
  [identityErrors.org_account_locked.code]: 'email',
};

/** Refusals the users page shows beside the add form's fields. */
const ADD_USER_FIELDS: Record<string, 'name' | 'email'> = {
  [identityErrors.org_user_name_missing.code]: 'name',
  [identityErrors.org_user_email_invalid.code]: 'email',
  [identityErrors.org_user_email_taken.code]: 'email',
  [identityErrors.user_limit_reached.code]: 'name',
};

const isToken = (value: string | undefined): value is string =>
  value !== undefined && /^[A-Za-z0-9_-]{43}$/.test(value);

/** Organisation users: set-up link, sign-in with password and TOTP, the home and users pages. */
export function registerOrgAccountRoutes(app: App, deps: RouteDeps): void {
  const secure = deps.config.publicUrl.startsWith('https://');
  const userDeps = { clock: deps.clock, envelope: deps.envelope, publicUrl: deps.config.publicUrl };

  const anonymousCtx = (request: FastifyRequest, reply: FastifyReply) => ({
    ...pageContext(request, reply),
    csrfToken: formCsrfToken(request, reply, secure),
  });

  const signInAs = async (request: FastifyRequest, reply: FastifyReply, user: OrgUser) => {
    // Whoever was signed in in this browser before is signed out: no session is reused.
    await endSessionOf(deps.db, request);
    // A browser user has one live session: signing in elsewhere ends the others, so one
    // account cannot be shared among people or run in parallel by a script.
    if (user.role === 'pdp_user') await deleteSessionsOf(deps.db, 'org_user', user.id);
    const { token } = await startSession(deps.db, deps.clock, {
      kind: 'org_user',
      orgUserId: user.id,
      organisationId: user.organisationId,
      name: user.name,
      role: user.role,
      responsible: user.responsible,
    });
    setSessionCookie(request, reply, token, secure);
  };

  app.get(
    '/organizacijas/pieteikties',
    { config: { access: 'public' }, schema: { hide: true, querystring: SignInQuery } },
    async (request, reply) => {
      const returnTo = safeReturnPath(request.query.atpakal, HOME);
      if (request.principal?.kind === 'org_user') return reply.redirect(returnTo, 303);
      return sendPage(
        reply,
        <OrgSignInPage
          ctx={anonymousCtx(request, reply)}
          email=""
          returnTo={returnTo}
          errors={{}}
        />,
      );
    },
  );

  app.post(
    '/organizacijas/pieteikties',
    { config: { access: 'public', rateLimit: SIGN_IN_RATE_LIMIT }, schema: { hide: true } },
    async (request, reply) => {
      const fields = formFields(request.body);
      const returnTo = safeReturnPath(fields.atpakal, HOME);
      const email = (fields.email ?? '').trim().slice(0, 254);
      const password = (fields.password ?? '').slice(0, 1024);
      const code = (fields.code ?? '').trim().slice(0, 20);
      const ctx = anonymousCtx(request, reply);
      const page = (errors: FieldErrors, status: number) =>
        sendPage(
          reply,
          <OrgSignInPage ctx={ctx} email={email} returnTo={returnTo} errors={errors} />,
          status,
        );
      if (email === '' || password === '' || code === '') {
        const message = identityErrors.org_sign_in_fields_missing[ctx.locale];
        const errors: FieldErrors = {};
        if (email === '') errors.email = message;
        if (password === '') errors.password = message;
        if (code === '') errors.code = message;
        return page(errors, 400);
      }
      let user: OrgUser;
      try {
        user = await verifyOrgSignIn(deps.db, deps, { email, password, code });
      } catch (error) {
        const field = error instanceof AppError ? SIGN_IN_FIELDS[error.code] : undefined;
        if (error instanceof AppError && field !== undefined) {
          return page({ [field]: error.definition[ctx.locale] }, error.definition.status);
        }
        throw error;
      }
      await signInAs(request, reply, user);
      return reply.redirect(returnTo, 303);
    },
  );

  app.get(
    '/organizacijas/iestatit',
    { config: { access: 'public' }, schema: { hide: true, querystring: SetupQuery } },
    async (request, reply) => {
      const token = request.query.zetons;
      if (!isToken(token)) throw new AppError(identityErrors.org_setup_link_invalid);
      const view = await openSetupLink(deps.db, deps, token);
      // The page holds a secret: no cache keeps it, and no other site learns the link.
      reply.header('Cache-Control', 'no-store').header('Referrer-Policy', 'no-referrer');
      return sendPage(
        reply,
        <OrgSetupPage
          ctx={anonymousCtx(request, reply)}
          token={token}
          name={view.user.name}
          email={view.user.email}
          secretBase32={view.secretBase32}
          qrDataUri={view.qrDataUri}
          errors={{}}
        />,
      );
    },
  );

  app.post(
    '/organizacijas/iestatit',
    { config: { access: 'public', rateLimit: SIGN_IN_RATE_LIMIT }, schema: { hide: true } },
    async (request, reply) => {
      const fields = formFields(request.body);
      const token = fields.zetons;
      if (!isToken(token)) throw new AppError(identityErrors.org_setup_link_invalid);
      let user: OrgUser;
      try {
        user = await inTransaction(deps.db, (trx) =>
          completeSetup(
            trx,
            deps,
            {
              token,
              password: fields.password ?? '',
              passwordAgain: fields.passwordAgain ?? '',
              code: (fields.code ?? '').slice(0, 20),
            },
            (t, organisationId) => confirmOrganisation(t, deps.clock, organisationId),
          ),
        );
      } catch (error) {
        if (!(error instanceof SetupError)) throw error;
        const view = await openSetupLink(deps.db, deps, token);
        const ctx = anonymousCtx(request, reply);
        reply.header('Cache-Control', 'no-store').header('Referrer-Policy', 'no-referrer');
        return sendPage(
          reply,
          <OrgSetupPage
            ctx={ctx}
            token={token}
            name={view.user.name}
            email={view.user.email}
            secretBase32={view.secretBase32}
            qrDataUri={view.qrDataUri}
            errors={{ [error.field]: interpolate(error.definition[ctx.locale], error.details) }}
          />,
          error.definition.status,
        );
      }
      await signInAs(request, reply, user);
      return reply.redirect(HOME, 303);
    },
  );

  app.get(HOME, { config: { access: orgUser }, schema: { hide: true } }, async (request, reply) => {
    const me = principalOf(request, 'org_user');
    const organisation = await findOrganisation(deps.db, me.organisationId);
    const ctx = pageContext(request, reply);
    const roleLabel =
      ORG_USER_ROLE_LABELS[me.role][ctx.locale] +
      (me.responsible ? `, ${RESPONSIBLE_LABEL[ctx.locale]}` : '');
    return sendPage(
      reply,
      <OrgHomePage
        ctx={ctx}
        organisationName={organisation?.name ?? ''}
        userName={me.name}
        roleLabel={roleLabel}
        sections={sectionsFor(me.role)}
      />,
    );
  });

  /** Representatives see the users; the responsible user manages them. Read fresh, not from the session. */
  const showUsers = async (
    request: FastifyRequest,
    reply: FastifyReply,
    opts: {
      notice: UsersNotice | null;
      values: { name?: string; email?: string };
      errors: FieldErrors;
      status?: number;
    },
  ) => {
    const me = principalOf(request, 'org_user');
    const self = await findOrgUser(deps.db, me.orgUserId);
    const canManage = self?.status === 'active' && self.responsible;
    const isRepresentative = self?.status === 'active' && self.role === 'representative';
    if (!canManage && !isRepresentative) {
      throw new AppError(identityErrors.org_representative_required);
    }
    const [organisation, users, requests] = await Promise.all([
      findOrganisation(deps.db, me.organisationId),
      listOrgUsers(deps.db, me.organisationId),
      listUserRequests(deps.db, { organisationId: me.organisationId }),
    ]);
    return sendPage(
      reply,
      <OrgUsersPage
        ctx={pageContext(request, reply)}
        organisationName={organisation?.name ?? ''}
        meId={me.orgUserId}
        canManage={canManage}
        isRepresentative={isRepresentative}
        users={users}
        requests={requests}
        notice={opts.notice}
        values={opts.values}
        errors={opts.errors}
      />,
      opts.status ?? 200,
    );
  };

  app.get(
    USERS,
    { config: { access: orgUser }, schema: { hide: true, querystring: UsersQuery } },
    async (request, reply) =>
      showUsers(request, reply, {
        notice:
          request.query.atjaunots === '1' ? 'access_reset' : (request.query.pievienots ?? null),
        values: {},
        errors: {},
      }),
  );

  app.post(
    USERS,
    { config: { access: orgUser }, schema: { hide: true } },
    async (request, reply) => {
      const me = principalOf(request, 'org_user');
      await assertManager(deps.db, me.orgUserId);
      const fields = formFields(request.body);
      const values = { name: fields.name ?? '', email: fields.email ?? '' };
      try {
        const added = await submitFormOnce(deps.db, request, USERS, async (trx) => {
          const { outcome } = await addBrowserUser(trx, userDeps, me, values);
          return `${USERS}?pievienots=${outcome}`;
        });
        return await reply.redirect(added, 303);
      } catch (error) {
        const field = error instanceof AppError ? ADD_USER_FIELDS[error.code] : undefined;
        if (!(error instanceof AppError) || field === undefined) throw error;
        const locale = pageContext(request, reply).locale;
        return showUsers(request, reply, {
          notice: null,
          values,
          errors: { [field]: interpolate(error.definition[locale], error.details) },
          status: error.definition.status,
        });
      }
    },
  );

  app.post(
    `${USERS}/:id/atbloket`,
    { config: { access: orgUser }, schema: { hide: true, params: UserParams } },
    async (request, reply) => {
      const me = principalOf(request, 'org_user');
      return redirectOnce(deps.db, request, reply, USERS, async (trx) => {
        await unblockOrgUser(trx, deps, me, request.params.id);
        return USERS;
      });
    },
  );

  app.post(
    `${USERS}/:id/atjaunot-piekluvi`,
    { config: { access: orgUser }, schema: { hide: true, params: UserParams } },
    async (request, reply) => {
      const me = principalOf(request, 'org_user');
      // One new set-up link per form: a resent form mails no second one.
      return redirectOnce(deps.db, request, reply, USERS, async (trx) => {
        await resetOrgUserAccess(trx, userDeps, me, request.params.id);
        return `${USERS}?atjaunots=1`;
      });
    },
  );

  app.post(
    `${USERS}/:id/atspejot`,
    { config: { access: orgUser }, schema: { hide: true, params: UserParams } },
    async (request, reply) => {
      const me = principalOf(request, 'org_user');
      return redirectOnce(deps.db, request, reply, USERS, async (trx) => {
        await disableOrgUser(trx, deps, me, request.params.id);
        return USERS;
      });
    },
  );

  app.post(
    `${USERS}/:id/atbildigais`,
    { config: { access: orgUser }, schema: { hide: true, params: UserParams } },
    async (request, reply) => {
      const me = principalOf(request, 'org_user');
      const value = formFields(request.body).value;
      if (value !== 'yes' && value !== 'no') {
        throw new AppError(identityErrors.org_user_state_invalid);
      }
      return redirectOnce(deps.db, request, reply, USERS, async (trx) => {
        await setResponsibleUser(trx, me, request.params.id, value === 'yes');
        return USERS;
      });
    },
  );
}
