import { leafHash } from './merkle.ts';

/**
 * The leaves of Certificate Transparency's reference tests (RFC 6962), hashed: the Merkle tree's
 * tests check roots, inclusion and consistency proofs over them against the published values.
 */
export const CT_LEAVES = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
].map((h) => leafHash(Buffer.from(h, 'hex')));
