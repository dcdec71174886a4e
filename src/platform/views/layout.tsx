import type { ComponentChildren } from 'preact';
import type { Locale, Text } from '../i18n/locale.ts';
import { TIME_ZONE } from '../time/riga.ts';
import { CsrfField } from './forms.tsx';

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
}

const SERVICE_NAME: Text = { lv: 'Reģistru vārteja', en: 'Register Gateway' };
const SKIP_LINK: Text = { lv: 'Pāriet uz galveno saturu', en: 'Skip to main content' };
const OTHER_LANGUAGE: Record<Locale, { locale: Locale; label: string }> = {
  lv: { locale: 'en', label: 'English' },
  en: { locale: 'lv', label: 'Latviešu' },
};

function withLang(path: string, locale: Locale): string {
  const [base = '/', query = ''] = path.split('?');
  const params = new URLSearchParams(query);
  params.set('lang', locale);
  return `${base}?${params.toString()}`;
}

const CLOCK: Record<Locale, Intl.DateTimeFormat> = {
  lv: new Intl.DateTimeFormat('lv-LV', {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }),
};

/** `{time}` is filled in here, and again by the script when the session is extended. */
const SESSION_TEXTS = {
  signedInAs: { lv: 'Pieteicies:', en: 'Signed in as' },
  ends: {
    lv: 'Sesija beigsies {time}, ja nebūsiet aktīvs.',
    en: 'Your session ends at {time} if idle.',
  },
  warning: {
    lv: 'Jūsu sesija drīz beigsies ({time}), jo neesat bijis aktīvs.',
    en: 'Your session will end soon ({time}) because you have been idle.',
  },
  continue: { lv: 'Turpināt darbu', en: 'Continue' },
  expired: {
    lv: 'Sesija ir beigusies. Lai turpinātu, piesakieties vēlreiz.',
    en: 'Your session has ended. Sign in again to continue.',
  },
  signOut: { lv: 'Iziet', en: 'Sign out' },
} satisfies Record<string, Text>;

/**
 * Who is signed in, a sign-out button, and when the session ends if left idle: stated in the
 * page, so it is known without JavaScript, and warned about two minutes before by a small script.
 */
function SessionBar(props: { ctx: PageContext; name: string; expiresAt: Date }) {
  const { ctx } = props;
  const locale = ctx.locale;
  const time = CLOCK[locale].format(props.expiresAt);
  const secondsLeft = Math.max(0, Math.floor((props.expiresAt.getTime() - Date.now()) / 1000));
  return (
    <div class="width session-bar">
      {/* One line: who, until when, and the sign-out button (site.css `.actions`). */}
      <div class="actions">
        <p
          class="session-note"
          data-session-seconds={String(secondsLeft)}
          data-ends={SESSION_TEXTS.ends[locale]}
          data-warning={SESSION_TEXTS.warning[locale]}
          data-continue={SESSION_TEXTS.continue[locale]}
          data-expired={SESSION_TEXTS.expired[locale]}
        >
          {SESSION_TEXTS.signedInAs[locale]} <strong>{props.name}</strong>.{' '}
          <span id="session-ends">{SESSION_TEXTS.ends[locale].replace('{time}', time)}</span>
        </p>
        <form method="post" action="/iziet" class="session-note">
          <CsrfField token={ctx.csrfToken} />
          <button type="submit" class="link-button">
            {SESSION_TEXTS.signOut[locale]}
          </button>
        </form>
      </div>
      <div id="session-warning" role="alert" />
      <script src="/assets/session-timeout.js" defer />
    </div>
  );
}

export function Layout(props: { ctx: PageContext; title: string; children: ComponentChildren }) {
  const { ctx } = props;
  const other = OTHER_LANGUAGE[ctx.locale];
  return (
    <html lang={ctx.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} – ${SERVICE_NAME[ctx.locale]}`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {SKIP_LINK[ctx.locale]}
        </a>
        <header class="site-header">
          <div class="width">
            <a class="site-name" href={withLang('/', ctx.locale)}>
              {SERVICE_NAME[ctx.locale]}
            </a>
            <nav aria-label={ctx.locale === 'lv' ? 'Valoda' : 'Language'}>
              <a
                href={withLang(ctx.path, other.locale)}
                lang={other.locale}
                hreflang={other.locale}
              >
                {other.label}
              </a>
            </nav>
          </div>
        </header>
        {ctx.signedInAs !== null && ctx.sessionExpiresAt !== null ? (
          <SessionBar ctx={ctx} name={ctx.signedInAs} expiresAt={ctx.sessionExpiresAt} />
        ) : null}
        <main id="main" class="width" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="width">
            <p>
              {ctx.locale === 'lv'
                ? 'Pilsonības un migrācijas lietu pārvalde · Iekšlietu ministrijas Informācijas centrs'
                : 'Office of Citizenship and Migration Affairs · Information Centre of the Ministry of the Interior'}
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
