import swagger, { type FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import type { FastifySchema, RouteOptions } from 'fastify';
import type { App } from './app-type.ts';
import type { Access, PrincipalKind } from './auth.ts';
import {
  componentsFromTitles,
  derivedOperationId,
  enumsFromLiteralUnions,
  securityFor,
  withDefaultsOptional,
} from './openapi-conventions.ts';

export const OPENAPI_PATH = '/api/openapi.json';

type SecuritySchemes = NonNullable<
  NonNullable<NonNullable<FastifyDynamicSwaggerOptions['openapi']>['components']>['securitySchemes']
>;

export interface OpenApiOptions {
  /** The service's public address: the document's server. */
  publicUrl: string;
  info: { title: string; version: string; description: string };
  securitySchemes: SecuritySchemes;
  /** Which scheme proves each kind of caller; kinds left out are not callers of the API. */
  schemesByPrincipal: Partial<Record<PrincipalKind, string>>;
}

/**
 * A route's schema as the document shows it: what the route states wins; the rest follows from
 * the route (operationId from method and path, security from its declared access).
 */
function documentedSchema(
  route: RouteOptions,
  url: string,
  schemes: Partial<Record<PrincipalKind, string>>,
): FastifySchema & Record<string, unknown> {
  const schema = (route.schema ?? {}) as FastifySchema & Record<string, unknown>;
  const method = [route.method].flat()[0] ?? 'GET';
  const access: Access | undefined = route.config?.access;
  const security = schema.security ?? securityFor(access, schemes);
  return {
    ...schema,
    operationId: schema.operationId ?? derivedOperationId(method, url),
    ...(security === undefined ? {} : { security }),
    ...(schema.querystring === undefined
      ? {}
      : { querystring: withDefaultsOptional(schema.querystring) }),
    ...(schema.headers === undefined ? {} : { headers: withDefaultsOptional(schema.headers) }),
  };
}

/** The OpenAPI 3.1 document of every route not hidden, served at {@link OPENAPI_PATH}. */
export async function installOpenApi(app: App, options: OpenApiOptions): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: options.info,
      servers: [{ url: options.publicUrl }],
      components: { securitySchemes: options.securitySchemes },
    },
    // Shared schemas (app.addSchema) are components under their own `$id`, not `def-N`.
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) =>
        typeof json.$id === 'string' ? json.$id : `def-${String(i)}`,
    },
    transform: ({ url, route }) => ({
      schema: documentedSchema(route, url, options.schemesByPrincipal),
      url,
    }),
    transformObject: (documentObject) => {
      const document = (
        'openapiObject' in documentObject ? documentObject.openapiObject : documentObject
      ) as Record<string, unknown>;
      enumsFromLiteralUnions(document);
      componentsFromTitles(document);
      return document;
    },
  });
  app.get(OPENAPI_PATH, { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}
