import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import {
  compareWitnesses,
  parseWitnessState,
  witnessTurn,
  type WitnessState,
  type WitnessVerdict,
} from './platform/audit/witness.ts';

/** What the witness needs from outside: the network, its output and the time. */
export interface WitnessIo {
  fetchText(url: string): Promise<{ status: number; body: string }>;
  out(line: string): void;
  now(): Date;
}

/** The network as the command line reaches it, with a deadline. */
export const networkIo: WitnessIo = {
  async fetchText(url) {
    const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    return { status: res.status, body: await res.text() };
  },
  out: (line) => process.stdout.write(`${line}\n`),
  now: () => new Date(),
};

class WitnessUsageError extends Error {}

/**
 * `audit witness URL --state FILE --key KEY.pem [--peer FILE]`: fetches the log's signed head,
 * checks it against the key and against the head kept in FILE (with the log's consistency
 * proof), and keeps the new head only when it holds. With `--peer`, also compares with another
 * witness's state file. Needs no database and no secret. Answers the exit code: 0 consistent,
 * 1 the log was cut, rewritten or forked (or signed by another key), 2 usage or network errors.
 */
export async function witnessCommand(
  url: string | undefined,
  options: { state?: string | undefined; key?: string | undefined; peer?: string | undefined },
  io: WitnessIo,
): Promise<number> {
  try {
    if (url === undefined || options.state === undefined || options.key === undefined) {
      throw new WitnessUsageError(
        'Usage: audit witness URL --state FILE --key KEY.pem [--peer FILE]',
      );
    }
    const base = url.replace(/\/+$/, '');
    const publicKey = await readKey(options.key);
    const previous = await readState(options.state, true);
    const served = await io.fetchText(`${base}/checkpoint`);
    if (served.status !== 200) {
      throw new WitnessUsageError(`${base}/checkpoint answered HTTP ${served.status}.`);
    }
    const proofOf = async (from: number, to: number) => {
      const res = await io.fetchText(`${base}/consistency?from=${from}&to=${to}`);
      if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
      const answer = JSON.parse(res.body) as { proof?: unknown };
      if (!Array.isArray(answer.proof)) throw new Error('no proof in the answer');
      return answer.proof.map((h) => Buffer.from(String(h), 'base64'));
    };
    const turn = await witnessTurn({
      previous,
      served: served.body,
      publicKey,
      proofOf,
      now: io.now(),
    });
    if (!turn.verdict.ok || turn.next === null) return alarm(turn.verdict, io);
    if (options.peer !== undefined) {
      const peer = await readState(options.peer, false);
      if (peer === null) throw new WitnessUsageError(`${options.peer} is not a witness state.`);
      const compared = await compareWitnesses(turn.next, peer, publicKey, proofOf);
      if (!compared.ok) return alarm(compared, io);
    }
    await writeAtomically(options.state, `${JSON.stringify(turn.next, null, 2)}\n`);
    const { outcome, from, to } = turn.verdict;
    io.out(
      outcome === 'first'
        ? `Audit log head of ${to} rows kept; later runs check the log grows from it.`
        : outcome === 'unchanged'
          ? `Audit log unchanged at ${to} rows.`
          : `Audit log consistent: grew from ${from} to ${to} rows.`,
    );
    return 0;
  } catch (error) {
    io.out(error instanceof Error ? error.message : String(error));
    return 2;
  }
}

function alarm(verdict: WitnessVerdict, io: WitnessIo): number {
  if (verdict.ok) return 0;
  io.out(`AUDIT LOG ALERT (${verdict.problem}): ${verdict.detail}`);
  io.out(
    'BRĪDINĀJUMS: audita žurnāls nav saskanīgs ar iepriekš redzēto. Saglabātā galva nav mainīta.',
  );
  return 1;
}

async function readKey(file: string): Promise<KeyObject> {
  try {
    const key = createPublicKey(await readFile(file, 'utf8'));
    if (key.asymmetricKeyType !== 'ed25519') throw new Error('not an Ed25519 key');
    return key;
  } catch (error) {
    throw new WitnessUsageError(
      `Cannot use the key ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** The saved state; null when there is none yet (if `mayBeMissing`). */
async function readState(file: string, mayBeMissing: boolean): Promise<WitnessState | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (mayBeMissing && (error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new WitnessUsageError(
      `Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const state = parseWitnessState(text);
  // A damaged state must not quietly become a first run, which would trust any head.
  if (state === null) throw new WitnessUsageError(`${file} is not a witness state.`);
  return state;
}

/** Written beside and renamed over: a crash leaves the old state or the new one, never half. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text, { mode: 0o644 });
  await rename(temporary, file);
}
