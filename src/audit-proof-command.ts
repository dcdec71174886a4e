import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { checkInclusionProof, PROOF_PROBLEMS } from './platform/audit/inclusion-proof.ts';

/**
 * `audit check-proof FILE [--key KEY.pem]`: checks a proof of inclusion offline, with no
 * database and no secret, as a resident or a third party would. Answers the exit code: 0 valid,
 * 1 invalid, 2 when the files cannot be read.
 */
export async function checkProofCommand(
  file: string | undefined,
  keyFile: string | undefined,
  out: (line: string) => void,
): Promise<number> {
  if (file === undefined) {
    out('Usage: audit check-proof FILE [--key KEY.pem]');
    return 2;
  }
  let input: unknown;
  let trusted: KeyObject | undefined;
  try {
    input = JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (error) {
    // Not JSON at all is an invalid proof; a file that cannot be read is a usage error.
    if (!(error instanceof SyntaxError)) {
      out(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
    input = null;
  }
  if (keyFile !== undefined) {
    try {
      trusted = createPublicKey(await readFile(keyFile, 'utf8'));
    } catch (error) {
      out(
        `Cannot use the key ${keyFile}: ${error instanceof Error ? error.message : String(error)}`,
      );
      return 2;
    }
  }
  const verdict = checkInclusionProof(input, trusted);
  if (!verdict.ok) {
    const reason = PROOF_PROBLEMS[verdict.problem];
    out(`Proof INVALID (${verdict.problem}): ${reason.en}`);
    out(`Pierādījums NAV derīgs: ${reason.lv}`);
    return 1;
  }
  out(
    `Proof valid: audit row ${verdict.eventId ?? '?'} is at position ${verdict.position} of the ` +
      `audit log, in the batch of positions ${verdict.firstPosition}–${verdict.lastPosition} ` +
      `sealed at ${verdict.sealedAt}.`,
  );
  out(
    `Pierādījums derīgs: audita ieraksts ${verdict.eventId ?? '?'} ir žurnāla ${verdict.position}. ` +
      `pozīcijā, partijā ${verdict.firstPosition}–${verdict.lastPosition}, aizzīmogots ${verdict.sealedAt}.`,
  );
  out(
    trusted === undefined
      ? 'Checked with the key inside the proof; give --key with the service’s published key to check who signed it.'
      : 'Signed with the key given.',
  );
  return 0;
}
