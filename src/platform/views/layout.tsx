import type { ComponentChildren } from 'preact';
import { LOCALES, type Locale } from '../i18n/locale.ts';
import { formatClockTime } from '../time/riga.ts';
import { CsrfField } from './forms.tsx';
import { currentLink, type SiteNavigation } from './navigation.ts';
import { platformTexts } from './texts.ts';

export interface PageContext {
  locale: Locale;
  /** Path of the current page without the language parameter, for the language switch. */
  path: string;
  nonce: string;
  /** Who is signed in, as a short label for the header, or null. */
  signedInAs: string | null;
  /** The session's form token, for every form that posts. */
  csrfToken: string | null;
  /** When the session ends if left idle (shown, and warned about shortly before). */
  sessionExpiresAt: Date | null;
  /** The signed-in person's own start page and parts of the site, or null. */
  navigation: SiteNavigation | null;
}

const { layout: words, session: sessionTexts } = platformTexts;

/** The language the switch offers: the one the page is not in. */
function otherLocale(locale: Locale): Locale {
  return LOCALES.find((l) => l !== locale) ?? locale;
}

function withLang(path: string, locale: Locale): string {
  const [base = '/', query = ''] = path.split('?');
  const params = new URLSearchParams(query);
  params.set('lang', locale);
  return `${base}?${params.toString()}`;
}

/**
 * Who is signed in, a sign-out button, and when the session ends if left idle: stated in the
 * page, so it is known without JavaScript, and warned about two minutes before by a small script.
 */
function SessionBar(props: { ctx: PageContext; name: string; expiresAt: Date }) {
  const { ctx } = props;
  const locale = ctx.locale;
  const time = formatClockTime(props.expiresAt, locale);
  const secondsLeft = Math.max(0, Math.floor((props.expiresAt.getTime() - Date.now()) / 1000));
  return (
    <div class="width session-bar">
      {/* One line: who, until when, and the sign-out button (site.css `.actions`). */}
      <div class="actions">
        <p
          class="session-note"
          data-session-seconds={String(secondsLeft)}
          data-ends={sessionTexts.ends[locale]}
          data-warning={sessionTexts.warning[locale]}
          data-continue={sessionTexts.continue[locale]}
          data-expired={sessionTexts.expired[locale]}
        >
          {sessionTexts.signedInAs[locale]} <strong>{props.name}</strong>.{' '}
          <span id="session-ends">{sessionTexts.ends[locale].replace('{time}', time)}</span>
        </p>
        <form method="post" action="/iziet" class="session-note">
          <CsrfField token={ctx.csrfToken} />
          <button type="submit" class="link-button">
            {sessionTexts.signOut[locale]}
          </button>
        </form>
      </div>
      <div id="session-warning" role="alert" />
      <script src="/assets/session-timeout.js" defer />
    </div>
  );
}

/** The signed-in person's parts of the site, the one the page belongs to marked as current. */
function SiteNav(props: { ctx: PageContext; navigation: SiteNavigation }) {
  const { locale } = props.ctx;
  const current = currentLink(props.navigation, props.ctx.path);
  return (
    <nav class="site-nav" aria-label={props.navigation.label[locale]}>
      <ul class="width">
        {props.navigation.links.map((link) => (
          <li key={link.href}>
            <a href={link.href} aria-current={link === current ? 'page' : undefined}>
              {link.label[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Layout(props: { ctx: PageContext; title: string; children: ComponentChildren }) {
  const { ctx } = props;
  const other = otherLocale(ctx.locale);
  return (
    <html lang={ctx.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} – ${words.serviceName[ctx.locale]}`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {words.skipLink[ctx.locale]}
        </a>
        <header class="site-header">
          <div class="width">
            <a class="site-name" href={withLang(ctx.navigation?.home ?? '/', ctx.locale)}>
              {words.serviceName[ctx.locale]}
            </a>
            <nav aria-label={words.languageNav[ctx.locale]}>
              <a href={withLang(ctx.path, other)} lang={other} hreflang={other}>
                {words.languageName[other]}
              </a>
            </nav>
          </div>
        </header>
        {ctx.navigation === null ? null : <SiteNav ctx={ctx} navigation={ctx.navigation} />}
        {ctx.signedInAs !== null && ctx.sessionExpiresAt !== null ? (
          <SessionBar ctx={ctx} name={ctx.signedInAs} expiresAt={ctx.sessionExpiresAt} />
        ) : null}
        <main id="main" class="width" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="width">
            <p>{words.footer[ctx.locale]}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
