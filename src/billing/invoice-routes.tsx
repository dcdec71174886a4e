import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { organisationById } from '../agreements/service.ts';
import { AppError } from '../platform/errors.ts';
import type { App } from '../platform/http/app-type.ts';
import { principalOf } from '../platform/http/auth.ts';
import { rigaDate } from '../platform/time/riga.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import type { RouteDeps } from '../route-deps.ts';
import { invoiceCsv } from './invoice-csv.ts';
import { invoiceErrors } from './invoice-errors.ts';
import { parseDocument } from './invoice-issuing.ts';
import { invoiceByNumber, listInvoices, type InvoiceRow } from './invoice-store.ts';
import { INVOICES_PATH } from './views/invoice-paths.ts';
import { InvoicesPage } from './views/invoices-page.tsx';
import { resolveLocale } from '../platform/i18n/locale.ts';
import type { FastifyReply } from 'fastify';

const org = ['org_user'] as const;
export const CsvFileParams = Type.Object({
  file: Type.String({ pattern: '^RG-[0-9]{4}-[0-9]{6}\\.csv$', maxLength: 20 }),
});

/** Invoices are the representatives' to see, as the balance is; browser users are refused. */
function representative(request: FastifyRequest) {
  const me = principalOf(request, 'org_user');
  if (me.role !== 'representative')
    throw new AppError(invoiceErrors.invoice_representative_required);
  return me;
}

/** Sends an issued invoice's CSV as a download named after its number. */
export function sendInvoiceCsv(request: FastifyRequest, reply: FastifyReply, invoice: InvoiceRow) {
  const csv = invoiceCsv(parseDocument(invoice.document), resolveLocale(request));
  return reply
    .type('text/csv; charset=utf-8')
    .header('Content-Disposition', `attachment; filename="${invoice.number}.csv"`)
    .send(csv);
}

/** The organisation's invoices page and each invoice's CSV (the PDF is the documents' route). */
export function registerInvoiceRoutes(app: App, deps: RouteDeps): void {
  app.get(
    INVOICES_PATH,
    {
      config: { access: org },
      schema: { hide: true, querystring: Type.Object({ lang: Type.Optional(Type.String()) }) },
    },
    async (request, reply) => {
      // Only the signed-in user's own organisation: the address names none.
      const me = representative(request);
      const today = rigaDate(deps.clock.now());
      const [organisation, rows] = await Promise.all([
        organisationById(deps.db, me.organisationId),
        listInvoices(deps.db, { organisationId: me.organisationId, today }),
      ]);
      return sendPage(
        reply,
        <InvoicesPage
          ctx={pageContext(request, reply)}
          organisationName={organisation?.name ?? ''}
          rows={rows}
          today={today}
          payee={deps.config.payee}
        />,
      );
    },
  );

  app.get(
    `${INVOICES_PATH}/:file`,
    { config: { access: org }, schema: { hide: true, params: CsvFileParams } },
    async (request, reply) => {
      const me = representative(request);
      const invoice = await invoiceByNumber(deps.db, request.params.file.replace(/\.csv$/, ''));
      // Another organisation's invoice is answered as one that does not exist.
      if (invoice === undefined || invoice.organisation_id !== me.organisationId) {
        throw new AppError(invoiceErrors.invoice_not_found);
      }
      return sendInvoiceCsv(request, reply, invoice);
    },
  );
}
