import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { Type, type Static } from 'typebox';
import { Check } from 'typebox/value';
import type { Text } from '../i18n/locale.ts';
import { batchSealMessage, canonicalRow, type ChainedRow, type SealRecord } from './chain.ts';
import { openCheckpoint } from './checkpoint.ts';
import { leafHash, verifyInclusion } from './merkle.ts';

/**
 * A proof that one audit row is in the log: the row, its leaf in its batch's RFC 6962 Merkle
 * tree, the path from that leaf to the batch's root, and the seal that signs the root, with the
 * public key to check the signature. It can be checked offline, by anyone, with this file's
 * `checkInclusionProof` (the command line's `audit check-proof`) or with openssl and a few lines
 * of any language (the public help page and docs/decisions/0009).
 */

export const PROOF_FORMAT = 'register-gateway-audit-inclusion-proof/1';

const Hash = Type.String({ pattern: '^[0-9a-f]{64}$' });
const Position = Type.Integer({ minimum: 1 });
const RowValue = Type.Union([
  Type.String(),
  Type.Number(),
  Type.Boolean(),
  Type.Array(Type.String()),
  Type.Null(),
]);

export const InclusionProofSchema = Type.Object(
  {
    format: Type.String({ maxLength: 100 }),
    /** The audit row, for reading; `canonicalRow` is the exact text that was hashed. */
    auditRow: Type.Record(Type.String(), RowValue),
    canonicalRow: Type.String({ maxLength: 100_000 }),
    /** SHA-256(0x00 ‖ canonicalRow), hex. */
    leafHash: Hash,
    /** The row's place in the chain, and in its batch (position − first position). */
    position: Position,
    leafIndex: Type.Integer({ minimum: 0 }),
    treeSize: Type.Integer({ minimum: 1 }),
    /** Sibling hashes from the leaf up to the root, nearest first (RFC 9162 §2.1.3). */
    path: Type.Array(Hash, { maxItems: 64 }),
    batchRoot: Hash,
    seal: Type.Object(
      {
        firstPosition: Position,
        lastPosition: Position,
        headHash: Hash,
        sealedAt: Type.String({ maxLength: 40 }),
        /** Ed25519 over the seal message (see `batchSealMessage`), base64. */
        signature: Type.String({ maxLength: 200 }),
      },
      { additionalProperties: false },
    ),
    publicKey: Type.Object(
      {
        pem: Type.String({ maxLength: 1000 }),
        jwk: Type.Object({ kty: Type.String(), crv: Type.String(), x: Type.String() }),
      },
      { additionalProperties: false },
    ),
    /**
     * The row in the whole log's tree (docs/decisions/0011): the signed head it is proved
     * against, as served at /audit/checkpoint, and the path to that head's root. Proofs made
     * before the log's tree have none.
     */
    log: Type.Optional(
      Type.Object(
        {
          checkpoint: Type.String({ maxLength: 2000 }),
          leafIndex: Type.Integer({ minimum: 0 }),
          treeSize: Type.Integer({ minimum: 1 }),
          path: Type.Array(Hash, { maxItems: 64 }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export type InclusionProof = Static<typeof InclusionProofSchema>;

/** What a proof is built from: the row, its place, its batch's path and the seal. */
export interface ProofParts {
  row: ChainedRow;
  position: number;
  path: readonly Buffer[];
  seal: SealRecord;
  publicKey: KeyObject;
  /** The signed head of the log's tree and the row's path to its root. */
  log?: { checkpoint: string; treeSize: number; path: readonly Buffer[] };
}

export function inclusionProof(parts: ProofParts): InclusionProof {
  const { seal } = parts;
  const canonical = canonicalRow(parts.row);
  const jwk = parts.publicKey.export({ format: 'jwk' });
  return {
    format: PROOF_FORMAT,
    auditRow: JSON.parse(canonical) as Record<string, Static<typeof RowValue>>,
    canonicalRow: canonical,
    leafHash: leafHash(canonical).toString('hex'),
    position: parts.position,
    leafIndex: parts.position - seal.firstPosition,
    treeSize: seal.lastPosition - seal.firstPosition + 1,
    path: parts.path.map((p) => p.toString('hex')),
    batchRoot: seal.batchRoot.toString('hex'),
    seal: {
      firstPosition: seal.firstPosition,
      lastPosition: seal.lastPosition,
      headHash: seal.headHash.toString('hex'),
      sealedAt: seal.sealedAt.toISOString(),
      signature: seal.signature.toString('base64'),
    },
    publicKey: {
      pem: String(parts.publicKey.export({ format: 'pem', type: 'spki' })),
      jwk: { kty: String(jwk.kty), crv: String(jwk.crv), x: String(jwk.x) },
    },
    ...(parts.log === undefined
      ? {}
      : {
          log: {
            checkpoint: parts.log.checkpoint,
            leafIndex: parts.position - 1,
            treeSize: parts.log.treeSize,
            path: parts.log.path.map((p) => p.toString('hex')),
          },
        }),
  };
}

/** Why a proof fails, each with a reason a person can read. */
export const PROOF_PROBLEMS = {
  malformed: {
    lv: 'Fails nav iekļaušanas pierādījums: trūkst lauku vai tie ir nepareizā formā.',
    en: 'The file is not a proof of inclusion: fields are missing or malformed.',
  },
  format_unknown: {
    lv: 'Pierādījuma formāts nav zināms.',
    en: 'The proof’s format is not known.',
  },
  key_invalid: {
    lv: 'Pierādījumā norādītā publiskā atslēga nav derīga Ed25519 atslēga.',
    en: 'The public key in the proof is not a valid Ed25519 key.',
  },
  key_not_trusted: {
    lv: 'Pierādījuma publiskā atslēga nesakrīt ar sistēmas publicēto atslēgu.',
    en: 'The public key in the proof is not the one the service publishes.',
  },
  row_mismatch: {
    lv: 'Audita ieraksts nesakrīt ar tā kanonisko formu: ieraksts ir mainīts.',
    en: 'The audit row does not match its canonical form: the row was changed.',
  },
  leaf_hash_mismatch: {
    lv: 'Ieraksta jaucējvērtība nesakrīt ar ierakstu.',
    en: 'The leaf hash does not match the row.',
  },
  position_mismatch: {
    lv: 'Ieraksta vieta nesakrīt ar zīmoga pozīcijām.',
    en: 'The row’s place does not match the seal’s positions.',
  },
  path_invalid: {
    lv: 'Ceļš no ieraksta nenoved pie partijas saknes: ieraksts nav šajā partijā.',
    en: 'The path from the row does not lead to the batch root: the row is not in this batch.',
  },
  signature_invalid: {
    lv: 'Zīmoga paraksts nav derīgs: sakne, galva, pozīcijas vai laiks ir mainīti.',
    en: 'The seal’s signature is not valid: the root, head, positions or time were changed.',
  },
  checkpoint_invalid: {
    lv: 'Žurnāla parakstītā galva nav derīga vai nav parakstīta ar šo atslēgu.',
    en: 'The log’s signed head is not valid or not signed with this key.',
  },
  log_path_invalid: {
    lv: 'Ceļš no ieraksta nenoved pie žurnāla parakstītās galvas saknes.',
    en: 'The path from the row does not lead to the root of the log’s signed head.',
  },
} as const satisfies Record<string, Text>;

export type ProofProblem = keyof typeof PROOF_PROBLEMS;

export type ProofVerdict =
  | {
      ok: true;
      position: number;
      firstPosition: number;
      lastPosition: number;
      sealedAt: string;
      eventId: number | null;
    }
  | { ok: false; problem: ProofProblem };

function publicKeyOf(proof: InclusionProof): KeyObject | null {
  try {
    const key = createPublicKey(proof.publicKey.pem);
    const jwk = key.export({ format: 'jwk' });
    // The two spellings of the key must be the same key.
    if (key.asymmetricKeyType !== 'ed25519' || jwk.x !== proof.publicKey.jwk.x) return null;
    return key;
  } catch {
    return null;
  }
}

function sameKey(a: KeyObject, b: KeyObject): boolean {
  return a
    .export({ format: 'der', type: 'spki' })
    .equals(b.export({ format: 'der', type: 'spki' }));
}

/**
 * Checks a proof read from its file, offline. `trustedKey` is the key the checker got from the
 * service itself (its help page); without it the proof's own key is used, which shows only that
 * the proof is whole, not who signed it.
 */
export function checkInclusionProof(input: unknown, trustedKey?: KeyObject): ProofVerdict {
  const fail = (problem: ProofProblem): ProofVerdict => ({ ok: false, problem });
  if (!Check(InclusionProofSchema, input)) return fail('malformed');
  const proof = input;
  if (proof.format !== PROOF_FORMAT) return fail('format_unknown');
  const key = publicKeyOf(proof);
  if (key === null) return fail('key_invalid');
  if (trustedKey !== undefined && !sameKey(key, trustedKey)) return fail('key_not_trusted');
  if (canonicalRow(proof.auditRow) !== proof.canonicalRow) return fail('row_mismatch');
  const leaf = leafHash(proof.canonicalRow);
  if (leaf.toString('hex') !== proof.leafHash) return fail('leaf_hash_mismatch');
  const { seal } = proof;
  if (
    proof.position < seal.firstPosition ||
    proof.position > seal.lastPosition ||
    proof.leafIndex !== proof.position - seal.firstPosition ||
    proof.treeSize !== seal.lastPosition - seal.firstPosition + 1
  ) {
    return fail('position_mismatch');
  }
  const root = Buffer.from(proof.batchRoot, 'hex');
  const path = proof.path.map((p) => Buffer.from(p, 'hex'));
  if (!verifyInclusion(leaf, proof.leafIndex, proof.treeSize, path, root)) {
    return fail('path_invalid');
  }
  const sealedAt = new Date(seal.sealedAt);
  if (Number.isNaN(sealedAt.getTime()) || sealedAt.toISOString() !== seal.sealedAt) {
    return fail('malformed');
  }
  const message = batchSealMessage({
    firstPosition: seal.firstPosition,
    lastPosition: seal.lastPosition,
    headHash: Buffer.from(seal.headHash, 'hex'),
    sealedAt,
    batchRoot: root,
  });
  if (!verify(null, message, key, Buffer.from(seal.signature, 'base64'))) {
    return fail('signature_invalid');
  }
  const logProblem = proof.log === undefined ? null : logInclusionProblem(proof, leaf, key);
  if (logProblem !== null) return fail(logProblem);
  const id = proof.auditRow.id;
  return {
    ok: true,
    position: proof.position,
    firstPosition: seal.firstPosition,
    lastPosition: seal.lastPosition,
    sealedAt: seal.sealedAt,
    eventId: typeof id === 'number' ? id : null,
  };
}

/** What is wrong with the row's place in the whole log's tree, or null. */
function logInclusionProblem(
  proof: InclusionProof,
  leaf: Buffer,
  key: KeyObject,
): ProofProblem | null {
  const { log } = proof;
  if (log === undefined) return null;
  const opened = openCheckpoint(log.checkpoint, key);
  if (!opened.ok || opened.checkpoint.size !== log.treeSize) return 'checkpoint_invalid';
  if (log.leafIndex !== proof.position - 1) return 'position_mismatch';
  const path = log.path.map((p) => Buffer.from(p, 'hex'));
  return verifyInclusion(leaf, log.leafIndex, log.treeSize, path, opened.checkpoint.root)
    ? null
    : 'log_path_invalid';
}
