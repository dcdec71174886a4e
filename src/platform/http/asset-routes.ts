import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { App } from './app-type.ts';

const ASSETS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../views/assets');

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The few static files, read once at start; they hold no personal data, so they may be cached. */
export function assetRoutes(app: App): void {
  const files = new Map<string, { type: string; body: Buffer }>();
  for (const name of ['site.css', 'session-timeout.js']) {
    const type = TYPES[path.extname(name)] ?? 'application/octet-stream';
    files.set(name, { type, body: readFileSync(path.join(ASSETS_DIR, name)) });
  }
  app.get<{ Params: { name: string } }>(
    '/assets/:name',
    { config: { access: 'public' }, schema: { hide: true } },
    async (request, reply) => {
      const file = files.get(request.params.name);
      if (file === undefined) return reply.callNotFound();
      return reply.header('Cache-Control', 'public, max-age=3600').type(file.type).send(file.body);
    },
  );
}
