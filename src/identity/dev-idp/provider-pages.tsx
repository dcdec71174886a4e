import type { KoaContextWithOIDC } from 'oidc-provider';
import { renderToString } from 'preact-render-to-string';
import { isLocale, LOCALES, type Locale, type Text } from '../../platform/i18n/locale.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';
import { providerPagesTexts } from '../texts/provider-pages.ts';

/**
 * The pages oidc-provider renders itself (sign-out confirmation, signed out, errors), in our
 * layout and both languages. They are served outside Fastify, so they carry no scripts.
 */

const PROVIDER_NAME: Text = providerPagesTexts.providerName;

function localeOf(ctx: KoaContextWithOIDC): Locale {
  const chosen = ctx.query.lang;
  if (isLocale(chosen)) return chosen;
  const uiLocales = ctx.oidc?.params?.ui_locales;
  const asked = typeof uiLocales === 'string' ? uiLocales.split(' ')[0] : undefined;
  if (isLocale(asked)) return asked;
  const cookie = ctx.cookies.get('lang');
  if (isLocale(cookie)) return cookie;
  const first = ctx.get('accept-language').slice(0, 2).toLowerCase();
  // Latvian, the first locale, unless the browser prefers English.
  return first === 'en' ? first : LOCALES[0];
}

function pageContextOf(ctx: KoaContextWithOIDC, locale: Locale): PageContext {
  return {
    locale,
    // The address as the browser sees it, with the mount prefix (koa's own lacks it).
    path: (ctx.req as { originalUrl?: string }).originalUrl ?? ctx.originalUrl,
    nonce: '',
    signedInAs: null,
    csrfToken: null,
    sessionExpiresAt: null,
    navigation: null,
  };
}

function send(ctx: KoaContextWithOIDC, html: string): void {
  ctx.type = 'html';
  ctx.body = `<!doctype html>${html}`;
}

/** "Do you want to sign out?": the provider's own form (with its xsrf field) and our buttons. */
export function logoutPage(ctx: KoaContextWithOIDC, form: string): void {
  const locale = localeOf(ctx);
  const title = providerPagesTexts.logout.title;
  send(
    ctx,
    renderToString(
      <Layout ctx={pageContextOf(ctx, locale)} title={title[locale]}>
        <p class="caption">{PROVIDER_NAME[locale]}</p>
        <h1>{title[locale]}</h1>
        <p>{providerPagesTexts.logout.question[locale]}</p>
        {/* oidc-provider's form: a hidden xsrf field; the buttons below submit it. */}
        <div dangerouslySetInnerHTML={{ __html: form }} />
        <div class="actions">
          <button type="submit" form="op.logoutForm" name="logout" value="yes">
            {providerPagesTexts.logout.yes[locale]}
          </button>
          <button type="submit" form="op.logoutForm" class="secondary">
            {providerPagesTexts.logout.no[locale]}
          </button>
        </div>
      </Layout>,
    ),
  );
}

export function signedOutPage(ctx: KoaContextWithOIDC): void {
  const locale = localeOf(ctx);
  const title = providerPagesTexts.signedOut.title;
  send(
    ctx,
    renderToString(
      <Layout ctx={pageContextOf(ctx, locale)} title={title[locale]}>
        <p class="caption">{PROVIDER_NAME[locale]}</p>
        <h1>{title[locale]}</h1>
        <p>
          <a href="/">{providerPagesTexts.toTheHomePage[locale]}</a>
        </p>
      </Layout>,
    ),
  );
}

/** The protocol error's code and description are the provider's own, in English. */
export function providerErrorPage(
  ctx: KoaContextWithOIDC,
  out: { error: string; error_description?: string | undefined },
): void {
  const locale = localeOf(ctx);
  const title = providerPagesTexts.error.title;
  send(
    ctx,
    renderToString(
      <Layout ctx={pageContextOf(ctx, locale)} title={title[locale]}>
        <p class="caption">{PROVIDER_NAME[locale]}</p>
        <h1>{title[locale]}</h1>
        <p>
          <code>{out.error}</code>
          {out.error_description === undefined ? null : `: ${out.error_description}`}
        </p>
        <p>
          <a href="/">{providerPagesTexts.toTheHomePage[locale]}</a>
        </p>
      </Layout>,
    ),
  );
}
