import { ACCESS_TOKEN_SECONDS, TOKEN_PATH } from '../identity/service.ts';
import {
  API_DOCS_PATH,
  API_REFERENCE_PATH,
  TEST_PERSONS_PATH,
} from '../platform/http/api-reference.ts';
import type { App } from '../platform/http/app-type.ts';
import { OPENAPI_PATH } from '../platform/http/openapi.ts';
import { pageContext, sendPage } from '../platform/views/render.ts';
import type { RouteDeps } from '../route-deps.ts';
import { TEST_PERSONS } from './test-persons.ts';
import { ApiDocsPage, type ListedOperation } from './views/api-docs-page.tsx';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The document's operations grouped by their first tag, in the document's order. */
export function operationGroups(
  document: unknown,
): { tag: string; operations: ListedOperation[] }[] {
  const groups = new Map<string, ListedOperation[]>();
  const paths = isObject(document) && isObject(document.paths) ? document.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const [method, operation] of Object.entries(item)) {
      if (!isObject(operation)) continue;
      const tag = Array.isArray(operation.tags) ? String(operation.tags[0]) : 'API';
      const summary = typeof operation.summary === 'string' ? operation.summary : '';
      const list = groups.get(tag) ?? [];
      list.push({ method: method.toUpperCase(), path, summary });
      groups.set(tag, list);
    }
  }
  return [...groups].map(([tag, operations]) => ({ tag, operations }));
}

/** The API documentation's introduction, in Latvian and English, public like the API document. */
export function registerApiDocsRoutes(app: App, deps: RouteDeps): void {
  app.get(
    API_DOCS_PATH,
    { config: { access: 'public' }, schema: { hide: true } },
    async (request, reply) =>
      sendPage(
        reply,
        <ApiDocsPage
          ctx={pageContext(request, reply)}
          publicUrl={deps.config.publicUrl}
          tokenPath={TOKEN_PATH}
          tokenSeconds={ACCESS_TOKEN_SECONDS}
          referencePath={API_REFERENCE_PATH}
          documentPath={OPENAPI_PATH}
          testPersons={TEST_PERSONS}
          testPersonsPath={TEST_PERSONS_PATH}
          groups={operationGroups(app.swagger())}
        />,
      ),
  );
}
