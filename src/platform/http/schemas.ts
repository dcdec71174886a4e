import { Type, type Static, type TSchema } from 'typebox';

/** Schema pieces every capability's routes share. */
export const IsoDate = Type.String({
  format: 'date',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'A calendar date, YYYY-MM-DD',
});

export const IsoDateTime = Type.String({ format: 'date-time' });

export const errorResponses = {
  400: { $ref: 'ErrorResponse#' },
  401: { $ref: 'ErrorResponse#' },
  403: { $ref: 'ErrorResponse#' },
  404: { $ref: 'ErrorResponse#' },
  409: { $ref: 'ErrorResponse#' },
} as const;

export const NonBlank = (maxLength: number) =>
  Type.String({ minLength: 1, maxLength, pattern: '\\S' });

/**
 * The schema with an example the API document shows (for a request body or an answer), typed by
 * the schema so the example cannot drift from the shape. A copy: the schema stays as it was.
 */
export function withExample<T extends TSchema>(schema: T, example: Static<T>): T {
  const copy = Object.create(
    Object.getPrototypeOf(schema) as object,
    Object.getOwnPropertyDescriptors(schema),
  ) as T & { examples?: unknown[] };
  copy.examples = [example];
  return copy;
}

/**
 * One of the given strings, as JSON Schema's `enum` (which generated clients read as a union of
 * literals), typed as their union. Prefer it to a union of literals.
 */
export const StringEnum = <const T extends readonly string[]>(
  values: T,
  options: { title?: string; description?: string } = {},
) => Type.Unsafe<T[number]>({ ...options, type: 'string', enum: [...values] });
