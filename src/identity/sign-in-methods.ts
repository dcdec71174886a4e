import type { SignInMethod } from '../platform/http/auth.ts';
import type { Text } from '../platform/i18n/locale.ts';
import { signInMethodsTexts } from './texts/sign-in-methods.ts';

/** Assurance level of a method, as the ID token's `acr` names it (eIDAS levels). */
export type AssuranceLevel = 'high' | 'substantial';

export interface SignInMethodInfo {
  method: SignInMethod;
  label: Text;
  /** Cards carry a qualified certificate; internet banks are trusted one level lower. */
  assurance: AssuranceLevel;
}

/**
 * The ways a resident can prove who they are, as the state portal offers them. The `amr` value of
 * the ID token is the method's own name (`eid`, `smart_card`, `bank_swedbank`, …).
 */
export const SIGN_IN_METHODS: readonly SignInMethodInfo[] = [
  { method: 'eid', label: signInMethodsTexts.signInMethods.eid.label, assurance: 'high' },
  {
    method: 'smart_card',
    label: signInMethodsTexts.signInMethods.smartCard.label,
    assurance: 'high',
  },
  {
    method: 'bank_swedbank',
    label: signInMethodsTexts.signInMethods.bankSwedbank.label,
    assurance: 'substantial',
  },
  {
    method: 'bank_seb',
    label: signInMethodsTexts.signInMethods.bankSeb.label,
    assurance: 'substantial',
  },
  {
    method: 'bank_citadele',
    label: signInMethodsTexts.signInMethods.bankCitadele.label,
    assurance: 'substantial',
  },
  {
    method: 'bank_luminor',
    label: signInMethodsTexts.signInMethods.bankLuminor.label,
    assurance: 'substantial',
  },
];

const BY_METHOD = new Map(SIGN_IN_METHODS.map((info) => [info.method as string, info]));

export function isSignInMethod(value: unknown): value is SignInMethod {
  return typeof value === 'string' && BY_METHOD.has(value);
}

export function signInMethodInfo(method: SignInMethod): SignInMethodInfo {
  const info = BY_METHOD.get(method);
  if (info === undefined) throw new Error(`Unknown sign-in method ${method}`);
  return info;
}

/** The first `amr` value we know; null when the provider named none of ours. */
export function methodFromAmr(amr: unknown): SignInMethod | null {
  if (!Array.isArray(amr)) return null;
  for (const value of amr) {
    if (isSignInMethod(value)) return value;
  }
  return null;
}
