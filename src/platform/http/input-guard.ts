import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, platformErrors } from '../errors.ts';

/**
 * Input every route refuses alike, decided here once rather than field by field: a number beyond
 * what the database and JavaScript hold exactly, and text PostgreSQL cannot store.
 */

/** The largest integer JavaScript holds exactly; every database key and count fits below it. */
const LARGEST = Number.MAX_SAFE_INTEGER;

type JsonSchema = Record<string, unknown>;

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Gives every `integer` and `number` in a schema bounds it lacks, so `1e400` or a 23-digit id is
 * a validation error before it reaches a query (where PostgreSQL would refuse it as out of range).
 */
export function boundNumbers(schema: unknown, seen = new Set<unknown>()): void {
  if (!isSchema(schema) || seen.has(schema)) return;
  seen.add(schema);
  const type = schema.type;
  const types = Array.isArray(type) ? type : [type];
  if (types.includes('integer') || types.includes('number')) {
    schema.maximum ??= LARGEST;
    schema.minimum ??= -LARGEST;
  }
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' || key === 'patternProperties' || key === '$defs') {
      if (isSchema(value)) for (const child of Object.values(value)) boundNumbers(child, seen);
    } else if (Array.isArray(value)) {
      for (const child of value) boundNumbers(child, seen);
    } else if (isSchema(value) && key !== 'default' && key !== 'examples' && key !== 'const') {
      boundNumbers(value, seen);
    }
  }
}

/** Deeper than any form or API body of ours nests; walking deeper input could exhaust the stack. */
const MAX_DEPTH = 32;

/**
 * Where the input holds what no column can store: a string with U+0000 (PostgreSQL's text refuses
 * it) or a number that is not finite (`1e400` passes the validator's bounds as Infinity). Input
 * nested deeper than MAX_DEPTH is reported where it gets too deep, not walked further.
 */
export function unstorableFields(value: unknown, path: string, out: string[] = []): string[] {
  // Breadth first over a queue rather than by recursion, so no input can overflow the stack;
  // for-of over an array also visits what is pushed onto it meanwhile.
  const queue: { value: unknown; path: string; depth: number }[] = [{ value, path, depth: 0 }];
  for (const { value: item, path: where, depth } of queue) {
    if (typeof item === 'string') {
      if (item.includes('\u0000')) out.push(where);
    } else if (typeof item === 'number') {
      if (!Number.isFinite(item)) out.push(where);
    } else if (typeof item === 'object' && item !== null && !Buffer.isBuffer(item)) {
      if (depth >= MAX_DEPTH) {
        out.push(where);
        continue;
      }
      const entries = Array.isArray(item) ? item.entries() : Object.entries(item);
      for (const [key, child] of entries) {
        // A NUL in a field's name is as unstorable as one in its value.
        const field = String(key).replaceAll('\u0000', '\\0');
        if (field !== String(key)) out.push(`${where}.${field}`);
        queue.push({ value: child, path: `${where}.${field}`, depth: depth + 1 });
      }
    }
  }
  return out;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set once the body was parsed and validated: an error before it is an error of the input. */
    inputAccepted: boolean;
  }
}

export function installInputGuard(app: FastifyInstance): void {
  app.decorateRequest('inputAccepted', false);
  app.addHook('onRoute', (route) => {
    for (const part of ['params', 'querystring', 'body', 'headers'] as const) {
      boundNumbers(route.schema?.[part]);
    }
  });
  app.addHook('preHandler', async (request) => {
    const fields = [
      ...unstorableFields(request.params, 'params'),
      ...unstorableFields(request.query, 'querystring'),
      ...unstorableFields(request.body, 'body'),
    ];
    if (fields.length > 0) {
      throw new AppError(platformErrors.validation_failed, { fields: [...new Set(fields)] });
    }
    request.inputAccepted = true;
  });
}

/**
 * A multipart body the parser could not read (cut short, a broken boundary or part header) fails
 * inside the parser with a plain error; it is the caller's input, not a fault of ours.
 */
export function isUnreadableBody(error: { statusCode?: number }, request: FastifyRequest): boolean {
  return (
    error.statusCode === undefined &&
    !request.inputAccepted &&
    typeof request.isMultipart === 'function' &&
    request.isMultipart()
  );
}
