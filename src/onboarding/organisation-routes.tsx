import type {} from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { formCsrfToken, identityErrors } from '../identity/service.ts';
import type { App } from '../platform/http/app-type.ts';
import { formFields } from '../platform/http/form-body.ts';
import { submitFormOnce } from '../platform/http/form-submissions.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import type { RouteDeps } from '../route-deps.ts';
import {
  organisationErrors,
  validateOrganisationForm,
  type FormErrors,
} from '../agreements/service.ts';
import {
  createWithRepresentativeIn,
  duplicateErrors,
  fieldErrorOf,
  organisationFormValues as formValues,
} from './organisation-registration.ts';
import {
  RegistrationCheckPage,
  RegistrationDonePage,
  RegistrationFormPage,
} from './views/registration-pages.tsx';

const PATH = '/organizacijas/registracija';
const DoneQuery = Type.Object({ nr: Type.Optional(Type.String({ pattern: '^[0-9]{11}$' })) });

/** Organisations: self-registration confirmed by e-mail (the staff's pages are the back office's). */
export function registerOrganisationRoutes(app: App, deps: RouteDeps): void {
  const secure = deps.config.publicUrl.startsWith('https://');
  const userDeps = { clock: deps.clock, envelope: deps.envelope, publicUrl: deps.config.publicUrl };
  const ctxOf = (request: FastifyRequest, reply: FastifyReply) => ({
    ...pageContext(request, reply),
    csrfToken: formCsrfToken(request, reply, secure),
  });
  const showForm = (
    request: FastifyRequest,
    reply: FastifyReply,
    values: Record<string, string>,
    errors: FormErrors,
    status: number,
  ) =>
    sendPage(
      reply,
      <RegistrationFormPage ctx={ctxOf(request, reply)} values={values} errors={errors} />,
      status,
    );
  const statusOf = (errors: FormErrors): number =>
    Object.values(errors).some(
      (e) =>
        e === organisationErrors.organisation_exists || e === identityErrors.org_user_email_taken,
    )
      ? 409
      : 400;

  app.get(PATH, { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) =>
    showForm(request, reply, {}, {}, 200),
  );

  app.post(
    PATH,
    {
      config: { access: 'public', rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: { hide: true },
    },
    async (request, reply) => {
      const values = formValues(formFields(request.body));
      const checked = validateOrganisationForm(values);
      if (!checked.ok) return showForm(request, reply, values, checked.errors, 400);
      const duplicates = await duplicateErrors(deps.db, checked.value);
      if (Object.keys(duplicates).length > 0) {
        return showForm(request, reply, values, duplicates, statusOf(duplicates));
      }
      return sendPage(reply, <RegistrationCheckPage ctx={ctxOf(request, reply)} values={values} />);
    },
  );

  app.post(
    `${PATH}/labot`,
    { config: { access: 'public' }, schema: { hide: true } },
    async (request, reply) =>
      showForm(request, reply, formValues(formFields(request.body)), {}, 200),
  );

  app.post(
    `${PATH}/nosutit`,
    {
      // Each registration mails a link: enough for a person, too few to flood inboxes.
      config: { access: 'public', rateLimit: { max: 10, timeWindow: '10 minutes' } },
      schema: { hide: true },
    },
    async (request, reply) => {
      const values = formValues(formFields(request.body));
      const checked = validateOrganisationForm(values);
      if (!checked.ok) return showForm(request, reply, values, checked.errors, 400);
      let done: string;
      try {
        done = await submitFormOnce(deps.db, request, PATH, async (trx) => {
          await createWithRepresentativeIn(trx, userDeps, checked.value, { kind: 'self' });
          return `${PATH}/nosutita?nr=${checked.value.registrationNumber}`;
        });
      } catch (error) {
        const errors = fieldErrorOf(error);
        if (errors === null) throw error;
        return showForm(request, reply, values, errors, 409);
      }
      return reply.redirect(done, 303);
    },
  );

  app.get(
    `${PATH}/nosutita`,
    { config: { access: 'public' }, schema: { hide: true, querystring: DoneQuery } },
    async (request, reply) =>
      sendPage(
        reply,
        <RegistrationDonePage
          ctx={pageContext(request, reply)}
          registrationNumber={request.query.nr ?? ''}
        />,
      ),
  );
}
