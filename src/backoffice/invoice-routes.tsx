import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import { organisationByRegistrationNumber } from '../agreements/service.ts';
import {
  invoiceByNumber,
  INVOICE_FILE_PATTERN,
  invoiceFile,
  invoiceNumberOfFile,
  invoiceErrors,
  issueCreditNote,
  listInvoices,
  markInvoicePaid,
  runInvoiceMonth,
  type IssueContext,
} from '../billing/service.ts';
import {
  STAFF_CREDIT_PATH,
  STAFF_INVOICES_PATH,
  STAFF_MAKE_PATH,
  STAFF_PAY_PATH,
  StaffInvoicesPage,
  type StaffInvoiceOutcome,
} from '../billing/views.ts';
import { AppError, platformErrors } from '../platform/errors.ts';
import type { App } from '../platform/http/app-type.ts';
import { principalOf } from '../platform/http/auth.ts';
import { formFields } from '../platform/http/form-body.ts';
import {
  earlierOutcome,
  sentFormToken,
  submitFormOnce,
} from '../platform/http/form-submissions.ts';
import { resolveLocale } from '../platform/i18n/locale.ts';
import { rigaDate } from '../platform/time/riga.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import type { RouteDeps } from '../route-deps.ts';

/** The register authority's (PMLP) work: other staff are refused with `role_required`. */
const officers = ['staff:pmlp_officer'] as const;
const ListQuery = Type.Object({
  menesis: Type.Optional(Type.String({ maxLength: 7 })),
  registracijas_nr: Type.Optional(Type.String({ maxLength: 20 })),
  statuss: Type.Optional(Type.String({ maxLength: 10 })),
  izdarits: Type.Optional(Type.String({ maxLength: 20 })),
  skaits: Type.Optional(Type.String({ maxLength: 6 })),
  lang: Type.Optional(Type.String()),
});
const CsvParams = Type.Object({
  file: Type.String({ pattern: INVOICE_FILE_PATTERN, maxLength: 20 }),
});
const NUMBER_IN_TEXT = /RG-\d{4}-\d{6}/i;

type ListQueryValue = Static<typeof ListQuery>;

function wantsPage(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}

function outcomeOf(query: ListQueryValue): StaffInvoiceOutcome {
  if (query.izdarits === 'apmaksa') return { kind: 'paid' };
  if (query.izdarits === 'kreditrekins') return { kind: 'credited' };
  if (query.izdarits === 'sagatavoti') return { kind: 'made', count: Number(query.skaits ?? 0) };
  return null;
}

/** PMLP officers' invoices: the list with filters and the forms that act on invoices. */
export function registerStaffInvoiceRoutes(app: App, deps: RouteDeps): void {
  const context = (): IssueContext => ({
    payee: deps.config.payee,
    today: rigaDate(deps.clock.now()),
    exemptOrganisations: deps.config.invoiceExemptOrganisations,
  });

  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    query: ListQueryValue,
    form: { values: Record<string, string>; error: AppError | null; field: string | null },
  ) => {
    if (form.error !== null && !wantsPage(request)) throw form.error;
    const today = rigaDate(deps.clock.now());
    const filter = {
      menesis: (query.menesis ?? '').trim(),
      registracijas_nr: (query.registracijas_nr ?? '').trim(),
      statuss: query.statuss ?? '',
    };
    const organisation =
      filter.registracijas_nr === ''
        ? undefined
        : await organisationByRegistrationNumber(deps.db, filter.registracijas_nr);
    const status = ['unpaid', 'paid', 'overdue'].includes(filter.statuss)
      ? (filter.statuss as 'unpaid' | 'paid' | 'overdue')
      : undefined;
    const rows =
      filter.registracijas_nr !== '' && organisation === undefined
        ? []
        : await listInvoices(deps.db, {
            today,
            ...(/^\d{4}-\d{2}$/.test(filter.menesis) ? { month: filter.menesis } : {}),
            ...(organisation === undefined ? {} : { organisationId: organisation.id }),
            ...(status === undefined ? {} : { status }),
          });
    const overdue = await listInvoices(deps.db, { today, status: 'overdue' });
    const locale = pageContext(request, reply).locale;
    const errors: Record<string, string> =
      form.error === null || form.field === null
        ? {}
        : { [form.field]: form.error.definition[locale] };
    return sendPage(
      reply,
      <StaffInvoicesPage
        ctx={pageContext(request, reply)}
        filter={filter}
        rows={rows}
        overdue={overdue}
        today={today}
        outcome={outcomeOf(query)}
        values={form.values}
        errors={errors}
      />,
      form.error?.definition.status ?? 200,
    );
  };

  /**
   * Runs a form's action once per form (docs/decisions/0018) and shows where it led; a refusal
   * shows the page again with the error at the field. A form without its token is refused as
   * such, with the way to start again.
   */
  const act = async (
    request: FastifyRequest,
    reply: FastifyReply,
    field: string,
    work: (values: Record<string, string>) => Promise<string>,
  ) => {
    const values = formFields(request.body);
    try {
      const target = await work(values);
      return await reply.redirect(target, 303);
    } catch (error) {
      if (!(error instanceof AppError) || error.definition === platformErrors.form_token_invalid) {
        throw error;
      }
      return await show(request, reply, {}, { values, error, field });
    }
  };

  app.get(
    STAFF_INVOICES_PATH,
    { config: { access: officers }, schema: { hide: true, querystring: ListQuery } },
    async (request, reply) =>
      show(request, reply, request.query, { values: {}, error: null, field: null }),
  );

  app.get(
    `${STAFF_INVOICES_PATH}/:file`,
    { config: { access: officers }, schema: { hide: true, params: CsvParams } },
    async (request, reply) => {
      const invoice = await invoiceByNumber(deps.db, invoiceNumberOfFile(request.params.file));
      if (invoice === undefined) throw new AppError(invoiceErrors.invoice_not_found);
      const download = await invoiceFile(invoice, request.params.file, resolveLocale(request));
      return reply
        .type(download.contentType)
        .header('Content-Disposition', download.disposition)
        .send(download.body);
    },
  );

  app.post(
    STAFF_PAY_PATH,
    { config: { access: officers }, schema: { hide: true } },
    async (request, reply) =>
      act(request, reply, 'atsauce', async (values) => {
        const me = principalOf(request, 'staff');
        const reference = (values.atsauce ?? '').slice(0, 200);
        const number = NUMBER_IN_TEXT.exec(reference)?.[0].toUpperCase();
        return submitFormOnce(deps.db, request, STAFF_INVOICES_PATH, async (trx) => {
          const invoice = number === undefined ? undefined : await invoiceByNumber(trx, number);
          if (invoice === undefined) throw new AppError(invoiceErrors.invoice_not_found);
          await markInvoicePaid(
            trx,
            invoice.id,
            { paidOn: values.datums ?? '', amount: values.summa ?? '', reference },
            { staffId: me.staffId, today: rigaDate(deps.clock.now()), requestId: request.id },
          );
          return `${STAFF_INVOICES_PATH}?izdarits=apmaksa&menesis=${invoice.month}`;
        });
      }),
  );

  app.post(
    STAFF_CREDIT_PATH,
    { config: { access: officers }, schema: { hide: true } },
    async (request, reply) =>
      act(request, reply, 'rekins', async (values) => {
        const me = principalOf(request, 'staff');
        const number = (values.rekins ?? '').trim().toUpperCase().slice(0, 20);
        return submitFormOnce(deps.db, request, STAFF_INVOICES_PATH, async (trx) => {
          const invoice = await invoiceByNumber(trx, number);
          if (invoice === undefined) throw new AppError(invoiceErrors.invoice_not_found);
          await issueCreditNote(trx, context(), invoice.id, { staffId: me.staffId }, request.id);
          return `${STAFF_INVOICES_PATH}?izdarits=kreditrekins&menesis=${invoice.month}`;
        });
      }),
  );

  app.post(
    STAFF_MAKE_PATH,
    { config: { access: officers }, schema: { hide: true } },
    async (request, reply) =>
      act(request, reply, 'sagatavot_menesi', async (values) => {
        // The month's run commits an invoice per organisation in transactions of its own, so it
        // cannot share the claim's: the token is checked first, a resent form is shown where
        // the first led, and two sent at once make each invoice once by the run's own keys.
        sentFormToken(request, STAFF_INVOICES_PATH);
        const earlier = await earlierOutcome(deps.db, request);
        if (earlier !== null) return earlier;
        const month = (values.sagatavot_menesi ?? '').trim().slice(0, 7);
        const outcome = await runInvoiceMonth(deps.db, context(), month);
        const made = `${STAFF_INVOICES_PATH}?izdarits=sagatavoti&skaits=${String(outcome.made.length)}&menesis=${month}`;
        return submitFormOnce(deps.db, request, STAFF_INVOICES_PATH, () => Promise.resolve(made));
      }),
  );
}
