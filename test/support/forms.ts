import { vi } from 'vitest';
import type { App } from '../../src/platform/http/app-type.ts';
import { FORM_TOKEN_LIFETIME_MS, issueFormToken } from '../../src/platform/http/form-tokens.ts';
import { formPost, pageGet } from './org-accounts.ts';

/**
 * Forms sent as a browser sends them: the page is opened first, and its form's hidden fields
 * (`_csrf`, and the one-time `_form` token of a form that creates, charges or changes) go back
 * with the fields filled in. A 303 is followed to the page it names.
 */

type Response = Awaited<ReturnType<typeof formPost>>;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The hidden fields of the form on the page that posts to `action` (the first such form). */
export function hiddenFieldsOf(html: string, action: string): Record<string, string> {
  const form = new RegExp(
    `<form[^>]*action="${escapeRegExp(action)}"[^>]*>([\\s\\S]*?)</form>`,
  ).exec(html);
  if (form === null) return {};
  const fields: Record<string, string> = {};
  for (const input of (form[1] ?? '').matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    const value = /value="([^"]*)"/.exec(input[0])?.[1];
    if (name !== undefined && value !== undefined) fields[name] = decodeEntities(value);
  }
  return fields;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The form's `_csrf` and `_form` as its page gives them. */
export async function formTokensOf(
  app: App,
  page: string,
  action: string,
  cookie: string,
): Promise<Record<string, string>> {
  const res = await pageGet(app, page, cookie);
  const hidden = hiddenFieldsOf(res.body, action);
  const tokens: Record<string, string> = {};
  for (const name of ['_csrf', '_form']) {
    const value = hidden[name];
    if (value !== undefined) tokens[name] = value;
  }
  return tokens;
}

/**
 * The hidden fields of a form freshly drawn for the session whose CSRF token is `csrf`: its
 * `_csrf`, and a new one-time `_form` as `FormTokenField` issues it. For tests about what a
 * form does, not which page draws it; that each page draws its token is tested where the form
 * is sent from its page (`sendFormTwice`), and in the browser.
 */
export function freshFormFields(csrf: string): { _csrf: string; _form: string } {
  return { _csrf: csrf, _form: issueFormToken(csrf) };
}

/** Follows a 303 as a browser does; any other answer is the page itself. */
export async function followRedirect(app: App, res: Response, cookie: string): Promise<Response> {
  const location = res.headers.location;
  if (res.statusCode !== 303 || typeof location !== 'string') return res;
  return pageGet(app, location, cookie);
}

/**
 * Opens `page`, fills in its form posting to `action`, sends it, and answers the post's own
 * answer and the page a browser ends on.
 */
export async function sendFormFromPage(
  app: App,
  form: { page: string; action: string; cookie: string; fields: Record<string, string> },
): Promise<{ post: Response; shown: Response; tokens: Record<string, string> }> {
  const tokens = await formTokensOf(app, form.page, form.action, form.cookie);
  const post = await formPost(app, form.action, form.cookie, { ...form.fields, ...tokens });
  return { post, shown: await followRedirect(app, post, form.cookie), tokens };
}

/**
 * The same form sent twice with the same token, one after the other (a reload, back and
 * resubmit) or both at once (a double click): answers both posts.
 */
export async function sendFormTwice(
  app: App,
  form: { page: string; action: string; cookie: string; fields: Record<string, string> },
  how: 'one after the other' | 'at once',
): Promise<[Response, Response]> {
  const tokens = await formTokensOf(app, form.page, form.action, form.cookie);
  if (tokens._form === undefined) throw new Error(`no form token on ${form.page}`);
  const send = () => formPost(app, form.action, form.cookie, { ...form.fields, ...tokens });
  if (how === 'at once') {
    const [a, b] = await Promise.all([send(), send()]);
    return [a, b];
  }
  const first = await send();
  return [first, await send()];
}

/** A token of the same session, issued a minute longer ago than a token lives. */
export function expiredFormToken(csrf: string): string {
  const issuedAt = Date.now() - FORM_TOKEN_LIFETIME_MS - 60_000;
  const clock = vi.spyOn(Date, 'now').mockReturnValue(issuedAt);
  try {
    return issueFormToken(csrf);
  } finally {
    clock.mockRestore();
  }
}
