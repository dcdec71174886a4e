import type {} from '@fastify/rate-limit';
import { Type } from 'typebox';
import { AppError, interpolate } from '../platform/errors.ts';
import type { App } from '../platform/http/app-type.ts';
import type { FieldErrors } from '../platform/views/forms.tsx';
import { pageContext, sendPage } from '../platform/views/render.ts';
import { formCsrfToken } from './csrf.ts';
import { identityErrors } from './errors.ts';
import { safeReturnPath } from './return-path.ts';
import type { IdentityRouteDeps } from './route-deps.ts';
import { endSessionOf, setSessionCookie, startSession } from './sessions.ts';
import { verifyStaffSignIn } from './staff-sign-in.ts';
import { StaffSignInPage } from './views/staff-sign-in-page.tsx';

const SignInQuery = Type.Object({ atpakal: Type.Optional(Type.String({ maxLength: 2000 })) });
const SignInBody = Type.Object({
  atpakal: Type.Optional(Type.String({ maxLength: 2000 })),
  email: Type.Optional(Type.String({ maxLength: 254 })),
  password: Type.Optional(Type.String({ maxLength: 1024 })),
  code: Type.Optional(Type.String({ maxLength: 20 })),
  _csrf: Type.Optional(Type.String({ maxLength: 200 })),
});

/** Where staff land after signing in, unless a page sent them to sign in. */
const HOME = '/darbinieki';

/** Refusals the form shows beside a field, by the field they concern. */
const FORM_ERRORS: Record<string, 'email' | 'password' | 'code'> = {
  [identityErrors.staff_credentials_invalid.code]: 'password',
  [identityErrors.staff_account_locked.code]: 'email',
  [identityErrors.staff_totp_not_issued.code]: 'code',
};

/** Staff sign-in with e-mail, password and authenticator code; the back office's pages are registered by src/backoffice. */
export function registerStaffRoutes(app: App, deps: IdentityRouteDeps): void {
  const secure = deps.config.publicUrl.startsWith('https://');

  app.get(
    '/darbinieki/pieteikties',
    { config: { access: 'public' }, schema: { hide: true, querystring: SignInQuery } },
    async (request, reply) => {
      const returnTo = safeReturnPath(request.query.atpakal, HOME);
      if (request.principal?.kind === 'staff') return reply.redirect(returnTo, 303);
      const ctx = {
        ...pageContext(request, reply),
        csrfToken: formCsrfToken(request, reply, secure),
      };
      return sendPage(
        reply,
        <StaffSignInPage ctx={ctx} email="" returnTo={returnTo} errors={{}} />,
      );
    },
  );

  app.post(
    '/darbinieki/pieteikties',
    {
      config: {
        access: 'public',
        rateLimit: { max: 30, timeWindow: '1 minute' },
      },
      schema: { hide: true, body: SignInBody },
    },
    async (request, reply) => {
      const returnTo = safeReturnPath(request.body.atpakal, HOME);
      const email = request.body.email?.trim() ?? '';
      const password = request.body.password ?? '';
      const code = request.body.code?.trim() ?? '';
      const ctx = {
        ...pageContext(request, reply),
        csrfToken: formCsrfToken(request, reply, secure),
      };
      const errors: FieldErrors = {};
      if (email === '') errors.email = identityErrors.staff_email_missing[ctx.locale];
      if (password === '') errors.password = identityErrors.staff_password_missing[ctx.locale];
      if (code === '') errors.code = identityErrors.staff_code_missing[ctx.locale];
      if (Object.keys(errors).length > 0) {
        return sendPage(
          reply,
          <StaffSignInPage ctx={ctx} email={email} returnTo={returnTo} errors={errors} />,
          400,
        );
      }
      let staff;
      try {
        staff = await verifyStaffSignIn(deps.db, deps, { email, password, code });
      } catch (error) {
        const field = error instanceof AppError ? FORM_ERRORS[error.code] : undefined;
        if (error instanceof AppError && field !== undefined) {
          const text = interpolate(error.definition[ctx.locale], error.details);
          return sendPage(
            reply,
            <StaffSignInPage
              ctx={ctx}
              email={email}
              returnTo={returnTo}
              errors={{ [field]: text }}
            />,
            error.definition.status,
          );
        }
        throw error;
      }
      await endSessionOf(deps.db, request);
      const { token } = await startSession(deps.db, deps.clock, {
        kind: 'staff',
        staffId: staff.id,
        name: staff.name,
        role: staff.role,
      });
      setSessionCookie(request, reply, token, secure);
      return reply.redirect(returnTo, 303);
    },
  );
}
