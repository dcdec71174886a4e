import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  AppError,
  type ErrorDefinition,
  type ErrorDetails,
  errorMessage,
  platformErrors,
} from '../errors.ts';
import { TextSchema } from '../i18n/text-schema.ts';
import { Type, type Static } from 'typebox';
import { BUSY_RETRY_AFTER_SECONDS, transientCode } from '../db/transaction.ts';
import { isUnreadableBody } from './input-guard.ts';
import { loggableErrorText } from '../logger.ts';

export const ErrorResponse = Type.Object(
  {
    code: Type.String({ description: 'Stable machine-readable error code' }),
    message: TextSchema,
    requestId: Type.String(),
    error: Type.Optional(
      Type.String({ description: 'OAuth 2 error code (RFC 6749 §5.2), on OAuth endpoints only' }),
    ),
    details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  {
    $id: 'ErrorResponse',
    description: 'Every error: a stable code and a message in two languages',
  },
);
export type ErrorResponse = Static<typeof ErrorResponse>;

/** Renders an error as a page for routes that serve HTML; set by the views layer. */
export type ErrorPageRenderer = (
  request: FastifyRequest,
  reply: FastifyReply,
  body: ErrorResponse,
  status: number,
) => FastifyReply;

export function errorBody(
  request: FastifyRequest,
  definition: ErrorDefinition,
  details?: ErrorDetails,
): ErrorResponse {
  return {
    code: definition.code,
    message: errorMessage(definition, details),
    requestId: request.id,
    ...(definition.oauthError === undefined ? {} : { error: definition.oauthError }),
    ...(details === undefined ? {} : { details }),
  };
}

/** Fastify's own client errors, by their code, mapped to ours. */
const FASTIFY_CLIENT_ERRORS: Record<string, ErrorDefinition> = {
  FST_ERR_CTP_BODY_TOO_LARGE: platformErrors.payload_too_large,
  FST_REQ_FILE_TOO_LARGE: platformErrors.payload_too_large,
  FST_FILES_LIMIT: platformErrors.payload_too_large,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: platformErrors.unsupported_media_type,
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: platformErrors.validation_failed,
  FST_ERR_CTP_EMPTY_JSON_BODY: platformErrors.validation_failed,
  FST_ERR_CTP_INVALID_JSON_BODY: platformErrors.validation_failed,
  FST_ERR_BAD_URL: platformErrors.not_found,
};

function classify(
  error: FastifyError | AppError,
  request: FastifyRequest,
): {
  definition: ErrorDefinition;
  details?: ErrorDetails;
} {
  if (error instanceof AppError) {
    return error.details === undefined
      ? { definition: error.definition }
      : { definition: error.definition, details: error.details };
  }
  if (error.validation !== undefined) {
    const fields = error.validation.map((v) => {
      const where = error.validationContext ?? 'request';
      const missing = (v.params as { missingProperty?: unknown }).missingProperty;
      const path = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
      const field = typeof missing === 'string' ? [path, missing].filter(Boolean).join('.') : path;
      return `${where}${field === '' ? '' : `.${field}`}`;
    });
    return {
      definition: platformErrors.validation_failed,
      details: { fields: [...new Set(fields)] },
    };
  }
  // A transaction aborted outside inTransaction's retries: the caller may simply try again.
  if (transientCode(error) !== undefined) {
    return {
      definition: platformErrors.database_busy,
      details: { retryAfter: BUSY_RETRY_AFTER_SECONDS },
    };
  }
  if (isUnreadableBody(error, request)) {
    return { definition: platformErrors.validation_failed, details: { fields: ['body'] } };
  }
  if (error.statusCode === 429) {
    return { definition: platformErrors.rate_limited, details: { retryAfter: 60 } };
  }
  const known = error.code === undefined ? undefined : FASTIFY_CLIENT_ERRORS[error.code];
  if (known !== undefined) {
    return known === platformErrors.validation_failed
      ? { definition: known, details: { fields: ['body'] } }
      : { definition: known };
  }
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return { definition: platformErrors.validation_failed, details: { fields: ['request'] } };
  }
  return { definition: platformErrors.internal_error };
}

export function installErrorHandler(app: FastifyInstance, renderPage: ErrorPageRenderer): void {
  app.setErrorHandler<FastifyError | AppError>((error, request, reply) => {
    const { definition, details } = classify(error, request);
    if (definition.status >= 500) {
      // Only the error's own fields: driver errors carry row values in `detail`.
      request.log.error(
        {
          err: {
            type: error.name,
            message: loggableErrorText(error.message),
            code: error.code,
            stack: loggableErrorText(error.stack),
          },
        },
        'request failed',
      );
    }
    // Whoever is told to come back later is told when, in the header clients and proxies read.
    const retryAfter = details?.retryAfter;
    if (typeof retryAfter === 'number') void reply.header('Retry-After', String(retryAfter));
    const body = errorBody(request, definition, details);
    return sendError(request, reply, body, definition.status, renderPage);
  });

  app.setNotFoundHandler((request, reply) => {
    const body = errorBody(request, platformErrors.not_found);
    return sendError(request, reply, body, 404, renderPage);
  });
}

/**
 * Errors Fastify meets before routing (a malformed URL): answered like every other error. Passed
 * to the Fastify constructor as `frameworkErrors`.
 */
export function frameworkErrorHandler(renderPage: ErrorPageRenderer) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    const body = errorBody(request, platformErrors.validation_failed, { fields: ['url'] });
    void sendError(request, reply, body, 400, renderPage);
  };
}

/**
 * Requests Node's HTTP parser refuses (raw non-ASCII bytes in the request line, broken headers)
 * never reach Fastify; they still get our JSON shape. Passed as `clientErrorHandler`.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) return;
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const definition = platformErrors.validation_failed;
  const body = JSON.stringify({
    code: definition.code,
    message: errorMessage(definition, { fields: ['request'] }),
    requestId: 'none',
  });
  socket.end(
    `HTTP/1.1 ${status} Bad Request\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  body: ErrorResponse,
  status: number,
  renderPage: ErrorPageRenderer,
): FastifyReply {
  const wantsPage =
    !request.url.startsWith('/api/') && (request.headers.accept ?? '').includes('text/html');
  if (wantsPage) return renderPage(request, reply, body, status);
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}
