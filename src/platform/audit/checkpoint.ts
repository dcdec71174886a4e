import { createHash, sign, verify, type KeyObject } from 'node:crypto';

/**
 * The signed head of the audit log's tree, as a C2SP checkpoint (c2sp.org/tlog-checkpoint) in a
 * signed note (c2sp.org/signed-note): the origin, the tree size and the root in base64, one line
 * each, then the sealing time as an extension line; a blank line; and one signature line
 * `— <key name> <base64(key id ‖ Ed25519 signature)>`. Anyone with the public key can check it
 * with the tools of the transparency-log ecosystem, and a witness can keep it.
 */

export interface Checkpoint {
  origin: string;
  size: number;
  root: Buffer;
  /** When the head was signed (the extension line). */
  signedAt: Date;
}

/** The log's origin line: the service's host and the log's path, as C2SP asks. */
export function auditLogOrigin(publicUrl: string): string {
  return `${new URL(publicUrl).host}/audit`;
}

/** The 32 raw bytes of an Ed25519 public key. */
function rawPublicKey(publicKey: KeyObject): Buffer {
  const x = publicKey.export({ format: 'jwk' }).x;
  if (x === undefined) throw new Error('not an Ed25519 public key');
  return Buffer.from(x, 'base64url');
}

/** The signed note's key id of an Ed25519 key: SHA-256(name ‖ 0x0A ‖ 0x01 ‖ key), first 4 bytes. */
export function noteKeyId(name: string, publicKey: KeyObject): Buffer {
  return createHash('sha256')
    .update(name, 'utf8')
    .update(Buffer.from([0x0a, 0x01]))
    .update(rawPublicKey(publicKey))
    .digest()
    .subarray(0, 4);
}

/** The note's text, which the signature covers (every line ends with a newline). */
export function checkpointBody(checkpoint: Checkpoint): string {
  return (
    `${checkpoint.origin}\n${checkpoint.size}\n${checkpoint.root.toString('base64')}\n` +
    `time ${checkpoint.signedAt.toISOString()}\n`
  );
}

/** The signed note; the key's name is the origin. */
export function signCheckpoint(
  checkpoint: Checkpoint,
  keys: { privateKey: KeyObject; publicKey: KeyObject },
): string {
  const body = checkpointBody(checkpoint);
  const signature = sign(null, Buffer.from(body, 'utf8'), keys.privateKey);
  const id = noteKeyId(checkpoint.origin, keys.publicKey);
  return `${body}\n— ${checkpoint.origin} ${Buffer.concat([id, signature]).toString('base64')}\n`;
}

export type OpenedCheckpoint =
  | { ok: true; checkpoint: Checkpoint }
  | { ok: false; problem: 'checkpoint_malformed' | 'checkpoint_signature_invalid' };

const SIZE = /^(0|[1-9][0-9]{0,15})$/;
const BASE64_HASH = /^[A-Za-z0-9+/]{43}=$/;

/**
 * Reads a signed note and checks it is a checkpoint signed by `publicKey` under the name of its
 * own origin. Other signature lines (a witness's cosignature) are left alone.
 */
export function openCheckpoint(note: string, publicKey: KeyObject): OpenedCheckpoint {
  const malformed = { ok: false, problem: 'checkpoint_malformed' } as const;
  const split = note.indexOf('\n\n');
  if (split < 0 || !note.endsWith('\n')) return malformed;
  const body = note.slice(0, split + 1);
  const [origin, size, root, ...extensions] = body.slice(0, -1).split('\n');
  if (origin === undefined || origin === '' || size === undefined || root === undefined) {
    return malformed;
  }
  if (!SIZE.test(size) || !BASE64_HASH.test(root)) return malformed;
  const time = extensions.find((line) => line.startsWith('time '))?.slice(5) ?? '';
  const signedAt = new Date(time);
  if (Number.isNaN(signedAt.getTime()) || signedAt.toISOString() !== time) return malformed;
  const checkpoint = { origin, size: Number(size), root: Buffer.from(root, 'base64'), signedAt };
  let id: Buffer;
  try {
    id = noteKeyId(origin, publicKey);
  } catch {
    return { ok: false, problem: 'checkpoint_signature_invalid' };
  }
  const signed = note
    .slice(split + 2, -1)
    .split('\n')
    .some((line) => {
      const prefix = `— ${origin} `;
      if (!line.startsWith(prefix)) return false;
      const bytes = Buffer.from(line.slice(prefix.length), 'base64');
      return (
        bytes.length === 68 &&
        bytes.subarray(0, 4).equals(id) &&
        verify(null, Buffer.from(body, 'utf8'), publicKey, bytes.subarray(4))
      );
    });
  return signed ? { ok: true, checkpoint } : { ok: false, problem: 'checkpoint_signature_invalid' };
}
