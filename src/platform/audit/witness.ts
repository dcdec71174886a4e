import type { KeyObject } from 'node:crypto';
import { Type, type Static } from 'typebox';
import { Check } from 'typebox/value';
import { openCheckpoint, type Checkpoint } from './checkpoint.ts';
import { verifyConsistency } from './merkle-consistency.ts';

/**
 * The rules of a witness of the audit log: someone outside the service (the data protection
 * authority, a resident) who keeps the last head of the log they saw and, on a schedule, checks
 * that the new head grew from it. A log that shrank, a head of the same size with another root,
 * or a proof that does not join the two heads means the log was cut or rewritten, or shows
 * different histories to different people; two witnesses comparing their heads catch the last.
 */

export const WITNESS_STATE_FORMAT = 'register-gateway-audit-witness/1';

export const WitnessStateSchema = Type.Object(
  {
    format: Type.Literal(WITNESS_STATE_FORMAT),
    /** The checkpoint as the log served it; the rest is read from it again, never trusted. */
    checkpoint: Type.String({ maxLength: 10_000 }),
    seenAt: Type.String({ maxLength: 40 }),
  },
  { additionalProperties: false },
);

export type WitnessState = Static<typeof WitnessStateSchema>;

export type WitnessProblem =
  | 'state_invalid'
  | 'checkpoint_malformed'
  | 'checkpoint_signature_invalid'
  | 'origin_changed'
  | 'truncated'
  | 'forked'
  | 'inconsistent'
  | 'proof_unavailable';

export type WitnessVerdict =
  | { ok: true; outcome: 'first' | 'unchanged' | 'grew'; from: number; to: number }
  | { ok: false; problem: WitnessProblem; detail: string };

/** PROOF(from, D[to]) as the log answers it; throws when it cannot be had. */
export type ProofSource = (from: number, to: number) => Promise<Buffer[]>;

/** A head read from a note the witness holds or was served, its signature checked. */
export function readHead(
  note: string,
  publicKey: KeyObject,
): { ok: true; head: Checkpoint } | { ok: false; problem: WitnessProblem; detail: string } {
  const opened = openCheckpoint(note, publicKey);
  if (!opened.ok) {
    return {
      ok: false,
      problem: opened.problem,
      detail:
        opened.problem === 'checkpoint_malformed'
          ? 'The checkpoint is not a signed note of origin, size and root.'
          : 'The checkpoint is not signed by the key given.',
    };
  }
  return { ok: true, head: opened.checkpoint };
}

/**
 * Whether `later` grew from `earlier`: same origin, no smaller, the same root at the same size,
 * and a consistency proof that joins the two roots.
 */
export async function headsAgree(
  earlier: Checkpoint,
  later: Checkpoint,
  proofOf: ProofSource,
): Promise<WitnessVerdict> {
  const from = earlier.size;
  const to = later.size;
  if (earlier.origin !== later.origin) {
    return {
      ok: false,
      problem: 'origin_changed',
      detail: `The log was ${earlier.origin} and is now ${later.origin}.`,
    };
  }
  if (to < from) {
    return {
      ok: false,
      problem: 'truncated',
      detail: `The log had ${from} rows and now has ${to}: it was cut.`,
    };
  }
  if (to === from) {
    return earlier.root.equals(later.root)
      ? { ok: true, outcome: 'unchanged', from, to }
      : {
          ok: false,
          problem: 'forked',
          detail: `Two different heads of ${to} rows are signed: the log was rewritten or forked.`,
        };
  }
  let proof: Buffer[];
  try {
    proof = await proofOf(from, to);
  } catch (error) {
    return {
      ok: false,
      problem: 'proof_unavailable',
      detail: `The log gives no proof from ${from} to ${to} rows: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  return verifyConsistency(from, to, proof, earlier.root, later.root)
    ? { ok: true, outcome: 'grew', from, to }
    : {
        ok: false,
        problem: 'inconsistent',
        detail: `The head of ${to} rows does not contain the head of ${from} rows seen before: rows were changed, removed or replaced.`,
      };
}

/** Reads a witness's saved state; null when it is not one. */
export function parseWitnessState(text: string): WitnessState | null {
  try {
    const value = JSON.parse(text) as unknown;
    return Check(WitnessStateSchema, value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * One turn of the witness: the served head checked against the key and against the head seen
 * last (none on the first turn). Answers the verdict and, when it holds, the state to keep.
 */
export async function witnessTurn(input: {
  previous: WitnessState | null;
  served: string;
  publicKey: KeyObject;
  proofOf: ProofSource;
  now: Date;
}): Promise<{ verdict: WitnessVerdict; next: WitnessState | null }> {
  const served = readHead(input.served, input.publicKey);
  if (!served.ok) return { verdict: served, next: null };
  const next: WitnessState = {
    format: WITNESS_STATE_FORMAT,
    checkpoint: input.served,
    seenAt: input.now.toISOString(),
  };
  if (input.previous === null) {
    return {
      verdict: { ok: true, outcome: 'first', from: served.head.size, to: served.head.size },
      next,
    };
  }
  const seen = readHead(input.previous.checkpoint, input.publicKey);
  if (!seen.ok) {
    return {
      verdict: { ok: false, problem: 'state_invalid', detail: `The saved head: ${seen.detail}` },
      next: null,
    };
  }
  const verdict = await headsAgree(seen.head, served.head, input.proofOf);
  return { verdict, next: verdict.ok ? next : null };
}

/**
 * Two witnesses' heads compared: the smaller must be the start of the larger. Catches a log that
 * shows one history to one witness and another to the other.
 */
export async function compareWitnesses(
  mine: WitnessState,
  theirs: WitnessState,
  publicKey: KeyObject,
  proofOf: ProofSource,
): Promise<WitnessVerdict> {
  const a = readHead(mine.checkpoint, publicKey);
  const b = readHead(theirs.checkpoint, publicKey);
  if (!a.ok) return a;
  if (!b.ok) return b;
  const [earlier, later] = a.head.size <= b.head.size ? [a.head, b.head] : [b.head, a.head];
  const verdict = await headsAgree(earlier, later, proofOf);
  // Between two witnesses nothing shrank: a proof that fails means two histories.
  return !verdict.ok && verdict.problem === 'inconsistent'
    ? {
        ok: false,
        problem: 'forked',
        detail: `The heads of ${earlier.size} and ${later.size} rows the two witnesses hold are not of one log: the log is forked.`,
      }
    : verdict;
}
