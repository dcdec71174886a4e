/**
 * What every operation of the API document must carry, checked over the whole document so that a
 * route added later is held to it too: a unique operationId, a summary, a described success
 * answer with an example, an example of its request body, a declared security requirement whose
 * schemes exist, and enums written as `enum`. Returns one line per problem; none when it holds.
 */

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'];
const GENERATED_DESCRIPTION = 'Default Response';

const hasExample = (media: unknown): boolean =>
  isObject(media) &&
  (media.example !== undefined ||
    (isObject(media.examples) && Object.keys(media.examples).length > 0));

const contentOf = (holder: unknown): Json[] =>
  isObject(holder) && isObject(holder.content)
    ? Object.values(holder.content).filter(isObject)
    : [];

function literalUnions(node: unknown, path: string, found: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => {
      literalUnions(item, `${path}/${String(i)}`, found);
    });
    return;
  }
  if (!isObject(node)) return;
  for (const key of ['anyOf', 'oneOf']) {
    const members = node[key];
    if (
      Array.isArray(members) &&
      members.length > 0 &&
      members.every(
        (m) => isObject(m) && ('const' in m || (Array.isArray(m.enum) && m.enum.length === 1)),
      )
    ) {
      found.push(`${path}: ${key} of one-value schemas instead of an enum`);
    }
  }
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'example' && key !== 'examples') literalUnions(value, `${path}/${key}`, found);
  }
}

function operationProblems(
  where: string,
  operation: Json,
  schemes: readonly string[],
  operationIds: Map<string, string>,
): string[] {
  const problems: string[] = [];
  const id = operation.operationId;
  if (typeof id !== 'string' || id === '') problems.push(`${where}: no operationId`);
  else if (operationIds.has(id))
    problems.push(`${where}: operationId ${id} also names ${String(operationIds.get(id))}`);
  else operationIds.set(id, where);
  if (typeof operation.summary !== 'string' || operation.summary === '') {
    problems.push(`${where}: no summary`);
  }

  const responses = isObject(operation.responses) ? operation.responses : {};
  const success = Object.entries(responses).filter(([status]) => /^2\d\d$/.test(status));
  if (success.length === 0) problems.push(`${where}: no 2xx answer`);
  for (const [status, response] of success) {
    if (!isObject(response) || response.description === GENERATED_DESCRIPTION) {
      problems.push(`${where}: the ${status} answer is not described`);
    }
    const media = contentOf(response);
    if (media.length > 0 && !media.some(hasExample)) {
      problems.push(`${where}: no example of the ${status} answer`);
    }
  }
  const body = contentOf(operation.requestBody);
  if (body.length > 0 && !body.some(hasExample)) problems.push(`${where}: no example request`);

  const security = operation.security;
  if (!Array.isArray(security)) {
    problems.push(`${where}: no security declared (\`[]\` when public)`);
  } else {
    for (const requirement of security) {
      for (const name of isObject(requirement) ? Object.keys(requirement) : []) {
        if (!schemes.includes(name)) problems.push(`${where}: unknown security scheme ${name}`);
      }
    }
  }
  return problems;
}

export function openApiContractProblems(document: unknown): string[] {
  if (!isObject(document)) return ['the document is not an object'];
  const problems: string[] = [];
  if (!Array.isArray(document.servers) || document.servers.length === 0) {
    problems.push('no servers');
  }
  const components = isObject(document.components) ? document.components : {};
  const schemes = Object.keys(
    isObject(components.securitySchemes) ? components.securitySchemes : {},
  );
  const schemas = isObject(components.schemas) ? Object.keys(components.schemas) : [];
  for (const name of schemas) {
    if (/^def-\d+$/.test(name)) problems.push(`components/schemas/${name}: an unnamed component`);
  }
  const operationIds = new Map<string, string>();
  const paths = isObject(document.paths) ? document.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      problems.push(
        ...operationProblems(`${method.toUpperCase()} ${path}`, operation, schemes, operationIds),
      );
    }
  }
  literalUnions(document, '#', problems);
  return problems;
}
