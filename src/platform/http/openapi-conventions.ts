import type { Access, PrincipalKind } from './auth.ts';

/**
 * The API document's conventions, applied to every route by the generator so that a new route
 * follows them without anyone remembering to: an operationId derived from method and path, the
 * security its declared access implies, query parameters with a default not required, enums as
 * `enum`, and every schema with a `title` as a named component.
 */

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Path segments that name no resource: the API's prefix and its versions. */
const PREFIX_SEGMENT = /^(api|v\d+)$/;

/**
 * `POST /api/v1/persons/by-code` → `postPersonsByCode`; path parameters read as `By…`
 * (`/persons/{personId}/names` → `postPersonsByPersonIdNames`). Stable while the path is.
 */
export function derivedOperationId(method: string, url: string): string {
  const words = url
    .split('/')
    .filter((segment) => segment !== '' && !PREFIX_SEGMENT.test(segment))
    .flatMap((segment) =>
      segment.startsWith(':') || segment.startsWith('{')
        ? ['by', ...segment.replace(/[:{}]/g, '').split(/[^A-Za-z0-9]+/)]
        : segment.split(/[^A-Za-z0-9]+/),
    )
    .filter((word) => word !== '');
  const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  return method.toLowerCase() + words.map(capital).join('');
}

/**
 * The security requirement a route's declared access implies: none for a public route, else one
 * alternative per principal kind that has a scheme in the document. Kinds without one (residents'
 * and staff's pages) are not part of the API.
 */
export function securityFor(
  access: Access | undefined,
  schemes: Partial<Record<PrincipalKind, string>>,
): Record<string, string[]>[] | undefined {
  if (access === undefined) return undefined;
  if (access === 'public') return [];
  const names = access
    .map((kind) => schemes[kind.split(':')[0] as PrincipalKind])
    .filter((name) => name !== undefined);
  return [...new Set(names)].map((name) => ({ [name]: [] }));
}

/**
 * A query or header property with a default is filled in by validation when left out, so the
 * client need not send it: it is not required, whatever the handler's type says.
 */
export function withDefaultsOptional(schema: unknown): unknown {
  if (!isObject(schema) || !isObject(schema.properties) || !Array.isArray(schema.required)) {
    return schema;
  }
  const properties = schema.properties;
  const required = schema.required.filter(
    (name) =>
      typeof name !== 'string' || !isObject(properties[name]) || !('default' in properties[name]),
  );
  return { ...schema, required };
}

/** One-value members (`{type, enum: [v]}` or `{type, const: v}`) of the same type, or none. */
function singleValues(members: unknown[]): { type: unknown; values: unknown[] } | null {
  const values: unknown[] = [];
  let type: unknown;
  for (const member of members) {
    if (!isObject(member)) return null;
    const keys = Object.keys(member).filter((key) => key !== 'type');
    const only = keys.length === 1 ? keys[0] : undefined;
    const oneValue: unknown[] | null =
      only === 'const'
        ? [member.const]
        : only === 'enum' && Array.isArray(member.enum) && member.enum.length === 1
          ? (member.enum as unknown[])
          : null;
    const value = oneValue?.[0];
    if (value === undefined || (type !== undefined && member.type !== type)) return null;
    type = member.type;
    values.push(value);
  }
  return values.length > 0 ? { type, values } : null;
}

/**
 * TypeBox writes a union of literals as `anyOf` of one-value schemas; generators make poor types
 * of that. Rewritten in place, everywhere in the document, as one `enum`.
 */
export function enumsFromLiteralUnions(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(enumsFromLiteralUnions);
    return;
  }
  if (!isObject(node)) return;
  for (const key of ['anyOf', 'oneOf'] as const) {
    const members = node[key];
    const single = Array.isArray(members) ? singleValues(members) : null;
    if (single !== null) {
      Reflect.deleteProperty(node, key);
      if (single.type !== undefined) node.type = single.type;
      node.enum = single.values;
    }
  }
  // A lone literal (`Type.Literal('Bearer')`) reads as a one-value enum already; keep it.
  Object.values(node).forEach(enumsFromLiteralUnions);
}

const COMPONENTS = '#/components/schemas/';

/**
 * Every schema with a `title` (TypeBox's `{ title: 'PersonRecord' }`) becomes the component of
 * that name, and its uses a `$ref`. Two different schemas with one title are a mistake the
 * document must not hide: refused.
 */
export function componentsFromTitles(document: Json): void {
  const components = isObject(document.components) ? document.components : {};
  document.components = components;
  const schemas = isObject(components.schemas) ? components.schemas : {};
  components.schemas = schemas;

  const hoist = (node: unknown, inComponent: string | null): unknown => {
    if (Array.isArray(node)) return node.map((item) => hoist(item, null));
    if (!isObject(node)) return node;
    for (const [key, value] of Object.entries(node)) {
      // Examples are data, not schemas: a `title` in them is a value.
      if (key === 'example' || key === 'examples') continue;
      node[key] = hoist(value, null);
    }
    const title = node.title;
    if (typeof title !== 'string' || !isSchema(node) || inComponent === title) return node;
    const known = schemas[title];
    if (known !== undefined && JSON.stringify(known) !== JSON.stringify(node)) {
      throw new Error(`Two different schemas are titled "${title}" in the API document`);
    }
    schemas[title] = node;
    return { $ref: `${COMPONENTS}${title}` };
  };

  for (const [name, schema] of Object.entries(schemas)) schemas[name] = hoist(schema, name);
  document.paths = hoist(document.paths, null);
}

const SCHEMA_KEYS = ['type', 'properties', 'anyOf', 'oneOf', 'allOf', 'enum', 'items', 'const'];
const isSchema = (node: Json) => SCHEMA_KEYS.some((key) => key in node);
