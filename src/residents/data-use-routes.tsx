import type { KeyObject } from 'node:crypto';
import { Type } from 'typebox';
import type { Db } from '../database.ts';
import { inTransaction } from '../platform/db/transaction.ts';
import { principalOf } from '../platform/http/auth.ts';
import type { App } from '../platform/http/app-type.ts';
import type { Clock } from '../platform/time/riga.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import { InclusionProofSchema } from '../platform/audit/inclusion-proof.ts';
import { errorResponses } from '../platform/http/schemas.ts';
import { checkPeriod, pageNumber, residentDataUse } from './data-use.ts';
import { residentProof } from './data-use-proof.ts';
import { DATA_USE_PATH, DataUsePage, proofPath } from './views/data-use-page.tsx';
import { PROOF_HELP_PATH, ProofHelpPage } from './views/proof-help-page.tsx';

const DataUseQuery = Type.Object({
  no: Type.Optional(Type.String({ maxLength: 40 })),
  lidz: Type.Optional(Type.String({ maxLength: 40 })),
  lapa: Type.Optional(Type.String({ maxLength: 10 })),
  lang: Type.Optional(Type.String()),
});

const ProofParams = Type.Object({ eventId: Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 }) });

/**
 * "Kas izmantoja manus datus" for residents with the proofs of inclusion of its rows, the public
 * help on checking a proof, and the staff's view and holds of the same rows.
 */
export function registerDataUseRoutes(
  app: App,
  deps: { db: Db; clock: Clock; sealPublicKey: KeyObject },
): void {
  app.get(
    DATA_USE_PATH,
    { config: { access: ['resident'] }, schema: { hide: true, querystring: DataUseQuery } },
    async (request, reply) => {
      const me = principalOf(request, 'resident');
      const ctx = pageContext(request, reply);
      const values = { no: request.query.no ?? '', lidz: request.query.lidz ?? '' };
      const checked = checkPeriod({ from: values.no, to: values.lidz });
      if (!checked.ok) {
        const errors: Record<string, string> = {};
        for (const e of checked.errors) errors[e.field] ??= e.error[ctx.locale];
        return sendPage(
          reply,
          <DataUsePage ctx={ctx} values={values} errors={errors} view={null} />,
          400,
        );
      }
      const view = await inTransaction(deps.db, (trx) =>
        residentDataUse(
          trx,
          deps.clock,
          { personId: me.personId },
          { period: checked.period, page: pageNumber(request.query.lapa) },
          request.id,
        ),
      );
      return sendPage(reply, <DataUsePage ctx={ctx} values={values} errors={{}} view={view} />);
    },
  );

  app.get(
    proofPath(':eventId'),
    {
      config: { access: ['resident'] },
      schema: {
        hide: true,
        params: ProofParams,
        response: { 200: InclusionProofSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const me = principalOf(request, 'resident');
      const { eventId } = request.params;
      const proof = await inTransaction(deps.db, (trx) =>
        residentProof(
          trx,
          deps.clock,
          { personId: me.personId },
          eventId,
          deps.sealPublicKey,
          request.id,
        ),
      );
      // A file to keep and to show others, never a page of ours.
      return reply
        .header('Cache-Control', 'no-store')
        .header(
          'Content-Disposition',
          `attachment; filename="ieklausanas-pieradijums-${eventId}.json"`,
        )
        .type('application/json; charset=utf-8')
        .send(proof);
    },
  );

  app.get(
    PROOF_HELP_PATH,
    { config: { access: 'public' }, schema: { hide: true } },
    async (request, reply) =>
      sendPage(
        reply,
        <ProofHelpPage
          ctx={pageContext(request, reply)}
          publicKeyPem={String(deps.sealPublicKey.export({ format: 'pem', type: 'spki' }))}
        />,
      ),
  );
}
