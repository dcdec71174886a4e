import swaggerUi from '@fastify/swagger-ui';
import type { App } from './app-type.ts';

/** Where the API's documentation lives: an introduction page, the interactive reference below it. */
export const API_DOCS_PATH = '/api/docs';
export const API_REFERENCE_PATH = `${API_DOCS_PATH}/ui`;
/** The data API's list of the test data set's well-known persons, which the pages point to. */
export const TEST_PERSONS_PATH = '/api/v1/test-persons';

/**
 * Swagger UI in the service's colours (site.css's), without its top bar and logo: the reference
 * reads as part of this service, and its `Authorize` fills in the schemes the document declares.
 */
const THEME_CSS = `
body { margin: 0; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }
.swagger-ui .topbar { display: none; }
.swagger-ui .info .title { color: #0b0c0c; }
.swagger-ui .info { border-top: 8px solid #9e3039; padding-top: 1rem; }
.swagger-ui a, .swagger-ui .info a { color: #1d4f91; }
.swagger-ui .btn.authorize { color: #00703c; border-color: #00703c; }
.swagger-ui .btn.authorize svg { fill: #00703c; }
.swagger-ui .opblock.opblock-post { border-color: #1d4f91; background: rgba(29, 79, 145, 0.06); }
.swagger-ui .opblock.opblock-post .opblock-summary-method { background: #1d4f91; }
.swagger-ui .opblock.opblock-get { border-color: #00703c; background: rgba(0, 112, 60, 0.06); }
.swagger-ui .opblock.opblock-get .opblock-summary-method { background: #00703c; }
.swagger-ui .info .title small { background: #505a5f; }
.swagger-ui .info .title small.version-stamp { background: #00703c; }
.swagger-ui .info .title small pre { color: #fff; }
.swagger-ui .info .base-url, .swagger-ui .info p, .swagger-ui .info li { color: #0b0c0c; }
.swagger-ui *:focus { outline: 3px solid #ffdd00; outline-offset: 0; }
`;

/** A plain square in the service's colour, instead of the framework's icon. */
const FAVICON = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" fill="#9e3039"/></svg>',
);

export async function installApiReference(app: App): Promise<void> {
  await app.register(swaggerUi, {
    routePrefix: API_REFERENCE_PATH,
    staticCSP: true,
    theme: {
      title: 'Register Gateway API – reference',
      css: [{ filename: 'theme.css', content: THEME_CSS }],
      favicon: [
        {
          filename: 'favicon.svg',
          rel: 'icon',
          sizes: 'any',
          type: 'image/svg+xml',
          content: FAVICON,
        },
      ],
    },
    uiConfig: { layout: 'BaseLayout', docExpansion: 'list', deepLinking: false },
  });
}
