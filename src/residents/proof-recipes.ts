/**
 * The recipes the help page gives for checking a proof of inclusion without this service's
 * code. They are plain text shown on the page, and the tests run them against real proofs, so
 * what the page promises is what works.
 */

/** A proof's file name in the recipes. */
export const RECIPE_FILE = 'pieradijums.json';

/** Node.js 18 or later, no packages: prints three checks, each true or false. */
export const NODE_RECIPE = `// check-proof.mjs — node check-proof.mjs ${RECIPE_FILE}
import { createHash, createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';

const p = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const sha = (...parts) => createHash('sha256').update(Buffer.concat(parts)).digest();
const [LEAF, NODE] = [Buffer.from([0]), Buffer.from([1])];

// 1. The leaf: SHA-256(0x00 ‖ canonical row).
let r = sha(LEAF, Buffer.from(p.canonicalRow, 'utf8'));
console.log('leaf', r.toString('hex') === p.leafHash);

// 2. From the leaf up the path to the batch root (RFC 9162, 2.1.3.2).
let fn = p.leafIndex;
let sn = p.treeSize - 1;
for (const h of p.path.map((x) => Buffer.from(x, 'hex'))) {
  if (fn % 2 === 1 || fn === sn) {
    r = sha(NODE, h, r);
    while (fn % 2 === 0 && fn !== 0) [fn, sn] = [Math.floor(fn / 2), Math.floor(sn / 2)];
  } else {
    r = sha(NODE, r, h);
  }
  [fn, sn] = [Math.floor(fn / 2), Math.floor(sn / 2)];
}
console.log('path', sn === 0 && r.toString('hex') === p.batchRoot);

// 3. The seal's Ed25519 signature over its text.
const s = p.seal;
const message =
  'register-gateway-audit-seal v2\\n' +
  \`positions \${s.firstPosition}-\${s.lastPosition}\\n\` +
  \`sealed-at \${s.sealedAt}\\n\` +
  \`head \${s.headHash}\\n\` +
  \`root \${p.batchRoot}\\n\`;
const key = createPublicKey(p.publicKey.pem);
console.log('signature', verify(null, Buffer.from(message), key, Buffer.from(s.signature, 'base64')));
`;

/** OpenSSL 3 and jq: the leaf hash and the signature (the path needs a loop, as above). */
export const OPENSSL_RECIPE = `# The leaf hash: must print the proof's "leafHash".
( printf '\\000'; jq -j .canonicalRow ${RECIPE_FILE} ) | openssl dgst -sha256 -r

# The seal's signature: must print "Signature Verified Successfully".
jq -r .publicKey.pem ${RECIPE_FILE} > atslega.pem
jq -r .seal.signature ${RECIPE_FILE} | base64 -d > paraksts.bin
jq -j '"register-gateway-audit-seal v2\\npositions \\(.seal.firstPosition)-\\(.seal.lastPosition)\\nsealed-at \\(.seal.sealedAt)\\nhead \\(.seal.headHash)\\nroot \\(.batchRoot)\\n"' ${RECIPE_FILE} > zimogs.txt
openssl pkeyutl -verify -pubin -inkey atslega.pem -rawin -in zimogs.txt -sigfile paraksts.bin
`;
