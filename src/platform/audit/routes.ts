import { Type } from 'typebox';
import type { Kysely } from 'kysely';
import type { PlatformTables } from '../db/tables.ts';
import { AppError } from '../errors.ts';
import type { App } from '../http/app-type.ts';
import { errorResponses, withExample } from '../http/schemas.ts';
import { auditLogErrors } from './errors.ts';
import { logConsistencyProof } from './log-proofs.ts';
import { latestCheckpoint } from './log-store.ts';

const tags = ['Audit log'];
const TreeSize = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER });

const ConsistencyQuery = Type.Object(
  { from: TreeSize, to: TreeSize },
  { additionalProperties: false },
);

const ConsistencyAnswer = withExample(
  Type.Object(
    {
      from: Type.Integer(),
      to: Type.Integer(),
      /** PROOF(from, D[to]) of RFC 6962 §2.1.2, each hash in base64 as in the checkpoint. */
      proof: Type.Array(Type.String()),
    },
    { description: 'The hashes that prove the smaller tree is the start of the larger one' },
  ),
  { from: 1200, to: 1350, proof: ['m2Xc3U9bQ1i0yq5sQn8V2cF0tVw4pQz9e6Yb1Jk7aDs='] },
);

const Checkpoint = withExample(
  Type.String({ description: 'The signed checkpoint note (C2SP tlog-checkpoint)' }),
  'register-gateway.example/audit\n1350\nq3r1nS0p…=\n\n— register-gateway.example/audit Az3…=\n',
);

/**
 * The log's public face for its witnesses: the latest signed head, and the proof that any head
 * given earlier is the start of a later one. Both are public: they reveal hashes only.
 */
export function registerAuditRoutes(app: App, deps: { db: Kysely<PlatformTables> }): void {
  app.get(
    '/audit/checkpoint',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The latest signed head of the audit log (a C2SP checkpoint, text/plain)',
        produces: ['text/plain'],
        response: { 200: Checkpoint, ...errorResponses },
      },
    },
    async (_request, reply) => {
      const checkpoint = await latestCheckpoint(deps.db);
      if (checkpoint === undefined) throw new AppError(auditLogErrors.audit_checkpoint_missing);
      return reply
        .header('Cache-Control', 'no-cache')
        .type('text/plain; charset=utf-8')
        .send(checkpoint.note);
    },
  );

  app.get(
    '/audit/consistency',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The RFC 6962 consistency proof between two sizes of the audit log',
        querystring: ConsistencyQuery,
        response: { 200: ConsistencyAnswer, ...errorResponses },
      },
    },
    async (request) => {
      const { from, to } = request.query;
      const latest = await latestCheckpoint(deps.db);
      if (latest === undefined || from > to || to > latest.size) {
        throw new AppError(auditLogErrors.audit_tree_size_invalid, {
          latest: latest?.size ?? 0,
        });
      }
      const proof = await logConsistencyProof(deps.db, from, to);
      return { from, to, proof: proof.map((h) => h.toString('base64')) };
    },
  );
}
