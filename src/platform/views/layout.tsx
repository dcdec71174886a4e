import type { ComponentChildren } from 'preact';
import type { Locale, Text } from '../i18n/locale.ts';

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
