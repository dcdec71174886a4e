import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { organisationById } from '../agreements/service.ts';
import { AppError } from '../platform/errors.ts';
import type { App } from '../platform/http/app-type.ts';
import { principalOf } from '../platform/http/auth.ts';
import { rigaDate } from '../platform/time/riga.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import type { RouteDeps } from '../route-deps.ts';
import { INVOICE_FILE_PATTERN, invoiceFile, invoiceNumberOfFile } from './invoice-file.ts';
import { invoiceErrors } from './invoice-errors.ts';
import { invoiceByNumber, listInvoices, type InvoiceRow } from './invoice-store.ts';
import { INVOICES_PATH } from './views/invoice-paths.ts';
import { InvoicesPage } from './views/invoices-page.tsx';
import { resolveLocale } from '../platform/i18n/locale.ts';
import type { FastifyReply } from 'fastify';

const org = ['org_user'] as const;
export const InvoiceFileParams = Type.Object({
  file: Type.String({ pattern: INVOICE_FILE_PATTERN, maxLength: 20 }),
});

/** Invoices are the representatives' to see, as the balance is; browser users are refused. */
function representative(request: FastifyRequest) {
  const me = principalOf(request, 'org_user');
  if (me.role !== 'representative')
    throw new AppError(invoiceErrors.invoice_representative_required);
  return me;
}

/** Sends an issued invoice's PDF or CSV as a download named after its number. */
export async function sendInvoiceFile(
  request: FastifyRequest,
  reply: FastifyReply,
  invoice: InvoiceRow,
  file: string,
) {
  const download = await invoiceFile(invoice, file, resolveLocale(request));
  return reply
    .type(download.contentType)
    .header('Content-Disposition', download.disposition)
    .send(download.body);
}

/** The organisation's invoices page and each invoice's PDF and CSV. */
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
    { config: { access: org }, schema: { hide: true, params: InvoiceFileParams } },
    async (request, reply) => {
      const me = representative(request);
      const invoice = await invoiceByNumber(deps.db, invoiceNumberOfFile(request.params.file));
      // Another organisation's invoice is answered as one that does not exist.
      if (invoice === undefined || invoice.organisation_id !== me.organisationId) {
        throw new AppError(invoiceErrors.invoice_not_found);
      }
      return sendInvoiceFile(request, reply, invoice, request.params.file);
    },
  );
}
