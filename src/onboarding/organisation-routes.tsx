import type {} from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import {
  createOrganisation,
  ORGANISATION_FIELDS,
  registrationNumberTaken,
  validateOrganisationForm,
  type FormErrors,
  type OrganisationCreator,
  type OrganisationForm,
  organisationErrors,
} from '../agreements/service.ts';
import { registerStaffOrganisationRoutes } from '../backoffice/organisation-routes.tsx';
import type { Db } from '../database.ts';
import {
  formCsrfToken,
  identityErrors,
  inviteOrgUser,
  orgUserEmailTaken,
  type OrgUserDeps,
} from '../identity/service.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { AppError } from '../platform/errors.ts';
import type { App } from '../platform/http/app-type.ts';
import { formFields } from '../platform/http/form-body.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import type { RouteDeps } from '../route-deps.ts';
import {
  RegistrationCheckPage,
  RegistrationDonePage,
  RegistrationFormPage,
} from './views/registration-pages.tsx';

const PATH = '/organizacijas/registracija';
const DoneQuery = Type.Object({ nr: Type.Optional(Type.String({ pattern: '^[0-9]{11}$' })) });

/** Keeps only the form's own fields, as typed, for redisplay. */
function formValues(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(ORGANISATION_FIELDS.map((f) => [f, (fields[f] ?? '').slice(0, 500)]));
}

/**
 * Checks what can be checked before writing: the register number and the representative's
 * address must be new. The writes check again (unique keys), for two forms sent at once.
 */
export async function duplicateErrors(db: Db, form: OrganisationForm): Promise<FormErrors> {
  const errors: FormErrors = {};
  if (await registrationNumberTaken(db, form.registrationNumber)) {
    errors.registrationNumber = organisationErrors.organisation_exists;
  }
  if (await orgUserEmailTaken(db, form.representativeEmail)) {
    errors.representativeEmail = identityErrors.org_user_email_taken;
  }
  return errors;
}

/** The refusals of the writes, as errors of the form's fields. */
export function fieldErrorOf(error: unknown): FormErrors | null {
  if (!(error instanceof AppError)) return null;
  if (error.code === organisationErrors.organisation_exists.code) {
    return { registrationNumber: error.definition };
  }
  if (error.code === identityErrors.org_user_email_taken.code) {
    return { representativeEmail: error.definition };
  }
  return null;
}

/** The organisation, its contact and its first representative (invited, responsible), at once. */
export async function createWithRepresentative(
  db: Db,
  userDeps: OrgUserDeps,
  form: OrganisationForm,
  creator: OrganisationCreator,
): Promise<{ id: number }> {
  return inTransaction(db, async (trx) => {
    const { id } = await createOrganisation(trx, userDeps.clock, form, creator);
    // The first representative manages the users until a representative names someone else.
    await inviteOrgUser(
      trx,
      userDeps,
      {
        organisationId: id,
        organisationName: form.name,
        name: form.representativeName,
        email: form.representativeEmail,
        role: 'representative',
        responsible: true,
      },
      creator.kind === 'staff' ? { kind: 'staff', staffId: creator.staffId } : { kind: 'system' },
    );
    return { id };
  });
}

/** Organisations: self-registration confirmed by e-mail, staff-created organisations, fee exemption. */
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
      try {
        await createWithRepresentative(deps.db, userDeps, checked.value, { kind: 'self' });
      } catch (error) {
        const errors = fieldErrorOf(error);
        if (errors === null) throw error;
        return showForm(request, reply, values, errors, 409);
      }
      return reply.redirect(`${PATH}/nosutita?nr=${checked.value.registrationNumber}`, 303);
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

  registerStaffOrganisationRoutes(app, {
    ...deps,
    userDeps,
    createWithRepresentative,
    duplicateErrors,
    fieldErrorOf,
  });
}
