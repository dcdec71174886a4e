import type { KoaContextWithOIDC } from 'oidc-provider';
import { renderToString } from 'preact-render-to-string';
import { isLocale, type Locale, type Text } from '../../platform/i18n/locale.ts';
import { Layout, type PageContext } from '../../platform/views/layout.tsx';

/**
 * The pages oidc-provider renders itself (sign-out confirmation, signed out, errors), in our
 * layout and both languages. They are served outside Fastify, so they carry no scripts.
 */

const PROVIDER_NAME: Text = {
  lv: 'Izstrādes identitātes nodrošinātājs',
  en: 'Development identity provider',
};

function localeOf(ctx: KoaContextWithOIDC): Locale {
  const chosen = ctx.query.lang;
  if (isLocale(chosen)) return chosen;
  const uiLocales = ctx.oidc?.params?.ui_locales;
  const asked = typeof uiLocales === 'string' ? uiLocales.split(' ')[0] : undefined;
  if (isLocale(asked)) return asked;
  const cookie = ctx.cookies.get('lang');
  if (isLocale(cookie)) return cookie;
  return ctx.get('accept-language').slice(0, 2).toLowerCase() === 'en' ? 'en' : 'lv';
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
  };
}

function send(ctx: KoaContextWithOIDC, html: string): void {
  ctx.type = 'html';
  ctx.body = `<!doctype html>${html}`;
}

/** "Do you want to sign out?": the provider's own form (with its xsrf field) and our buttons. */
export function logoutPage(ctx: KoaContextWithOIDC, form: string): void {
  const locale = localeOf(ctx);
  const title: Text = {
    lv: 'Iziet no identitātes nodrošinātāja?',
    en: 'Sign out of the provider?',
  };
  send(
    ctx,
    renderToString(
      <Layout ctx={pageContextOf(ctx, locale)} title={title[locale]}>
        <p class="caption">{PROVIDER_NAME[locale]}</p>
        <h1>{title[locale]}</h1>
        <p>
          {locale === 'lv'
            ? 'Jūs izgājāt no Reģistru vārtejas. Vai iziet arī no identitātes nodrošinātāja?'
            : 'You have signed out of Register Gateway. Sign out of the identity provider too?'}
        </p>
        {/* oidc-provider's form: a hidden xsrf field; the buttons below submit it. */}
        <div dangerouslySetInnerHTML={{ __html: form }} />
        <div class="actions">
          <button type="submit" form="op.logoutForm" name="logout" value="yes">
            {locale === 'lv' ? 'Jā, iziet' : 'Yes, sign out'}
          </button>
          <button type="submit" form="op.logoutForm" class="secondary">
            {locale === 'lv' ? 'Nē, palikt pieteiktam' : 'No, stay signed in'}
          </button>
        </div>
      </Layout>,
    ),
  );
}

export function signedOutPage(ctx: KoaContextWithOIDC): void {
  const locale = localeOf(ctx);
  const title: Text = { lv: 'Jūs esat izgājis', en: 'You have signed out' };
  send(
    ctx,
    renderToString(
      <Layout ctx={pageContextOf(ctx, locale)} title={title[locale]}>
        <p class="caption">{PROVIDER_NAME[locale]}</p>
        <h1>{title[locale]}</h1>
        <p>
          <a href="/">{locale === 'lv' ? 'Uz sākumlapu' : 'To the home page'}</a>
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
  const title: Text = {
    lv: 'Identitātes nodrošinātājs atteica pieprasījumu',
    en: 'The identity provider refused the request',
  };
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
          <a href="/">{locale === 'lv' ? 'Uz sākumlapu' : 'To the home page'}</a>
        </p>
      </Layout>,
    ),
  );
}
