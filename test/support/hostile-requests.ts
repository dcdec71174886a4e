import fc from 'fast-check';
import type { CataloguedRoute } from '../../src/platform/http/route-catalogue.ts';
import {
  DEEP_JSON,
  fieldName,
  hostileJson,
  hostileSegment,
  hostileText,
  HUGE_ARRAY_JSON,
  percentEncode,
  utf8Bytes,
} from './hostile-values.ts';

/** A body as sent: its content type (none at all, too) and its bytes, given the form token. */
export interface HostileBody {
  kind: string;
  contentType: string | null;
  bytes(csrf: string | null): Buffer;
}

/** One hostile request to a route, before the caller's headers are added. */
export interface HostileRequest {
  method: string;
  url: string;
  accept: string;
  body: HostileBody | null;
}

/** Text as bytes, lone surrogates written as they are rather than replaced. */
function lenientUtf8(text: string): Buffer {
  const bytes: number[] = [];
  for (const char of text) bytes.push(...utf8Bytes(char.codePointAt(0) ?? 0));
  return Buffer.from(bytes);
}

/** The property names a schema part declares, for keys a route actually reads. */
function declaredNames(schema: unknown): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const properties = (schema as { properties?: unknown }).properties;
  return typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];
}

function withCsrf(pairs: [string, string][], csrf: string | null): [string, string][] {
  return csrf === null ? pairs : [...pairs, ['_csrf', csrf]];
}

function multipart(boundary: string, parts: [string, string][], file: string | null): string {
  const fields = parts.map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  const attachment =
    file === null
      ? []
      : [
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file}"\r\n` +
            `Content-Type: image/png\r\n\r\n\u0089PNG\r\n\u001a\n${file}\r\n`,
        ];
  return [...fields, ...attachment, `--${boundary}--\r\n`].join('');
}

const BOUNDARY = 'hostile';

/** Every way a body can be wrong, given the names of the fields the route might read. */
function hostileBody(names: readonly string[], bodyLimit: number): fc.Arbitrary<HostileBody> {
  const name = fieldName(names);
  const jsonObject = fc
    .array(fc.tuple(name, hostileJson), { maxLength: 6 })
    .map((pairs) => `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`);
  const formPairs = fc.array(fc.tuple(name, hostileText), { maxLength: 6 });
  const fixed = (kind: string, contentType: string | null, text: string): HostileBody => ({
    kind,
    contentType,
    bytes: () => lenientUtf8(text),
  });
  return fc.oneof(
    jsonObject.map((text) => fixed('json object', 'application/json', text)),
    hostileJson.map((text) => fixed('json value', 'application/json', text)),
    fc
      .tuple(jsonObject, fc.nat())
      .map(([text, cut]) =>
        fixed('truncated json', 'application/json', text.slice(0, cut % Math.max(text.length, 1))),
      ),
    fc.constant(fixed('empty json', 'application/json', '')),
    fc.constant(fixed('huge json array', 'application/json', HUGE_ARRAY_JSON)),
    fc.constant(fixed('deeply nested json', 'application/json', DEEP_JSON)),
    formPairs.map((pairs): HostileBody => ({
      kind: 'urlencoded',
      contentType: 'application/x-www-form-urlencoded',
      bytes: (csrf) =>
        Buffer.from(
          withCsrf(pairs, csrf)
            .map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`)
            .join('&'),
        ),
    })),
    fc
      .tuple(formPairs, fc.option(hostileText), fc.option(fc.nat()))
      .map(([pairs, file, cut]): HostileBody => ({
        kind: cut === null ? 'multipart' : 'truncated multipart',
        contentType: `multipart/form-data; boundary=${BOUNDARY}`,
        bytes: (csrf) => {
          const whole = lenientUtf8(multipart(BOUNDARY, withCsrf(pairs, csrf), file));
          return cut === null ? whole : whole.subarray(0, cut % whole.length);
        },
      })),
    formPairs.map((pairs): HostileBody => ({
      kind: 'text/plain',
      contentType: 'text/plain',
      bytes: (csrf) =>
        lenientUtf8(
          withCsrf(pairs, csrf)
            .map(([k, v]) => `${k}=${v}`)
            .join('\r\n'),
        ),
    })),
    hostileText.map((text) =>
      fixed(
        'xml',
        'application/xml',
        `<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "${text}">]><a>&x;</a>`,
      ),
    ),
    fc
      .tuple(
        fc.constantFrom(
          null,
          'application/octet-stream',
          'application/json; charset=utf-16',
          'application/x-www-form-urlencoded; charset=latin1',
          'multipart/form-data',
          'multipart/form-data; boundary=',
          'image/png',
          'text/html',
          ';;;',
          'application/json, text/plain',
        ),
        hostileText,
      )
      .map(([type, text]) => fixed(`content type ${String(type)}`, type, text)),
    fc.constant<HostileBody>({
      kind: 'over the size limit',
      contentType: 'application/json',
      bytes: () => Buffer.alloc(bodyLimit + 1, 0x20),
    }),
  );
}

function hostileQuery(names: readonly string[]): fc.Arbitrary<string> {
  const pair = fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(fieldName(names), hostileText)
        .map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`),
    },
    fc.tuple(fieldName(names), hostileSegment).map(([k, v]) => `${percentEncode(k)}[]=${v}`),
    fc.constantFrom('=', '&&', 'a', '%', 'a=%E0%A4%A', '__proto__[x]=1'),
  );
  return fc
    .array(pair, { maxLength: 5 })
    .map((pairs) => (pairs.length === 0 ? '' : `?${pairs.join('&')}`));
}

/** Path parameters and wildcards replaced by hostile segments, in the route's own pattern. */
function hostilePath(url: string): fc.Arbitrary<string> {
  const holes = url.split('/').filter((part) => part.startsWith(':') || part === '*').length;
  return fc.array(hostileSegment, { minLength: holes, maxLength: holes }).map((segments) => {
    let i = 0;
    return url
      .split('/')
      .map((part) => (part.startsWith(':') || part === '*' ? (segments[i++] ?? '') : part))
      .join('/');
  });
}

/** Requests to one route: hostile path, query and (where the method takes one) body. */
export function hostileRequests(
  route: CataloguedRoute,
  context: { formFields: readonly string[]; bodyLimit: number },
): fc.Arbitrary<HostileRequest> {
  const schema = route.schema ?? {};
  const bodyNames = [...new Set([...declaredNames(schema.body), ...context.formFields])];
  const takesBody = !['GET', 'HEAD'].includes(route.method);
  return fc.record({
    method: fc.constant(route.method),
    url: fc
      .tuple(hostilePath(route.url), hostileQuery(declaredNames(schema.querystring)))
      .map(([path, query]) => path + query),
    accept: fc.constantFrom('text/html', 'application/json', '*/*'),
    body: takesBody ? hostileBody(bodyNames, context.bodyLimit) : fc.constant(null),
  });
}
