import type { Text } from './i18n/locale.ts';

/**
 * Every error a user can meet has a stable machine code, an HTTP status and a message in Latvian
 * and English. Capabilities declare theirs in their own `errors.ts` with `defineErrors`; the one
 * error handler turns an AppError into the answer and hides everything else.
 */
export interface ErrorDefinition {
  code: string;
  status: number;
  lv: string;
  en: string;
  /**
   * The OAuth 2 error code (RFC 6749 §5.2, RFC 6750 §3.1) for errors of the token endpoint and of
   * bearer-token checks; the handler adds it to the answer as `error`, which OAuth clients read.
   */
  oauthError?: string;
  /**
   * The way on that an error page offers besides the home page ("Sākt pakalpojumu no jauna"):
   * a local path and its link text. API answers do not carry it.
   */
  nextStep?: { path: string; lv: string; en: string };
}

export type ErrorDetails = Record<string, string | number | boolean | null | readonly string[]>;

export class AppError extends Error {
  readonly definition: ErrorDefinition;
  readonly details: ErrorDetails | undefined;

  constructor(definition: ErrorDefinition, details?: ErrorDetails) {
    super(definition.code);
    this.name = 'AppError';
    this.definition = definition;
    this.details = details;
  }

  get code(): string {
    return this.definition.code;
  }
}

type Definitions = Record<string, Omit<ErrorDefinition, 'code'>>;

/** `defineErrors({ person_not_found: {...} })` gives `errors.person_not_found` with its code set. */
export function defineErrors<const T extends Definitions>(
  definitions: T,
): { readonly [K in keyof T & string]: ErrorDefinition } {
  const out: Record<string, ErrorDefinition> = {};
  for (const [code, definition] of Object.entries(definitions)) {
    out[code] = { code, ...definition };
    registerDefinition(out[code]);
  }
  return out as { readonly [K in keyof T & string]: ErrorDefinition };
}

const catalogue = new Map<string, ErrorDefinition>();

function registerDefinition(definition: ErrorDefinition): void {
  const existing = catalogue.get(definition.code);
  if (existing !== undefined && existing !== definition) {
    throw new Error(`Error code ${definition.code} is defined twice`);
  }
  catalogue.set(definition.code, definition);
}

/** Every code known to the process, for the API documentation's error list. */
export function errorCatalogue(): ErrorDefinition[] {
  return [...catalogue.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** The definition of a code, for the error page's way on. */
export function findErrorDefinition(code: string): ErrorDefinition | undefined {
  return catalogue.get(code);
}

/** Fills `{name}` placeholders from the details. */
export function interpolate(message: string, details: ErrorDetails | undefined): string {
  if (details === undefined) return message;
  return message.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = details[key];
    if (value === undefined || value === null) return whole;
    return Array.isArray(value) ? value.join(', ') : String(value);
  });
}

/** An error's message in both languages, its placeholders filled from the details. */
export function errorMessage(definition: ErrorDefinition, details: ErrorDetails | undefined): Text {
  return { lv: interpolate(definition.lv, details), en: interpolate(definition.en, details) };
}

export const platformErrors = defineErrors({
  validation_failed: {
    status: 400,
    lv: 'Pieprasījumā ir kļūdas: {fields}.',
    en: 'The request has errors: {fields}.',
  },
  not_found: {
    status: 404,
    lv: 'Šāda lapa vai resurss nav atrasts.',
    en: 'No such page or resource.',
  },
  method_not_allowed: {
    status: 405,
    lv: 'Šī darbība šeit nav atļauta.',
    en: 'This method is not allowed here.',
  },
  unauthenticated: {
    status: 401,
    lv: 'Nepieciešama autentifikācija.',
    en: 'Authentication is required.',
  },
  forbidden: {
    status: 403,
    lv: 'Jums nav tiesību veikt šo darbību.',
    en: 'You are not allowed to do this.',
  },
  role_required: {
    status: 403,
    lv: 'Šī sadaļa ir pieejama tikai {role} darbiniekiem.',
    en: 'This section is for {role} staff only.',
  },
  payload_too_large: {
    status: 413,
    lv: 'Pieprasījums ir pārāk liels.',
    en: 'The request is too large.',
  },
  unsupported_media_type: {
    status: 415,
    lv: 'Šis satura veids netiek atbalstīts.',
    en: 'This content type is not supported.',
  },
  rate_limited: {
    status: 429,
    lv: 'Pārāk daudz pieprasījumu. Mēģiniet vēlreiz pēc {retryAfter} sekundēm.',
    en: 'Too many requests. Try again in {retryAfter} seconds.',
  },
  conflict: {
    status: 409,
    lv: 'Dati tikmēr ir mainīti. Atjaunojiet un mēģiniet vēlreiz.',
    en: 'The data changed meanwhile. Reload and try again.',
  },
  form_token_invalid: {
    status: 409,
    lv: 'Forma jau iesniegta vai novecojusi. Atveriet to no jauna un iesniedziet vēlreiz.',
    en: 'The form was already sent or has expired. Open it again and send it anew.',
  },
  internal_error: {
    status: 500,
    lv: 'Radās iekšēja kļūda. Mēs par to zinām; mēģiniet vēlāk.',
    en: 'An internal error occurred. We know of it; please try later.',
  },
  database_busy: {
    status: 503,
    lv: 'Pakalpojums šobrīd ir noslogots. Mēģiniet vēlreiz pēc {retryAfter} sekundēm.',
    en: 'The service is busy right now. Try again in {retryAfter} seconds.',
  },
  not_ready: {
    status: 503,
    lv: 'Pakalpojums vēl nav gatavs.',
    en: 'The service is not ready yet.',
  },
});
