import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { errorCodes, type FastifyInstance, type FastifyReply } from 'fastify';
import { requestLanguage } from '../lib/accept-language.js';
import { openGraphTags, shareRoutes } from '../modules/share/routes.js';

/** Paths the server answers itself: a miss there is a JSON 404, never the web app's page. */
const SERVER_PREFIXES = ['/api', '/docs', '/health', '/uploads', '/metrics', '/share'];

export function isServerPath(pathname: string): boolean {
  return SERVER_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** A path that names a file (`/assets/x.js`, `/favicon.ico`) is never a screen of the app. */
function looksLikeFile(pathname: string): boolean {
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return last.includes('.');
}

/**
 * Vite puts a content hash in every file name under assets/, so those can be cached for a year;
 * everything else (index.html, sw.js, the manifest) must be revalidated so a release shows at once.
 */
export function cacheControlFor(distDir: string, filePath: string): string {
  const relative = path.relative(distDir, filePath).split(path.sep);
  return relative[0] === 'assets' && relative.length > 1 ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The build's per-visitor preloads (apps/web/config/preload-hints-plugin.ts); none for an older build. */
function readPreloadHints(distDir: string): { languages: Record<string, string[]> } {
  const file = path.join(distDir, 'preload-hints.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { languages: {} };
}

const modulePreload = (href: string) => `<link rel="modulepreload" crossorigin href="${href}">`;

/**
 * Serves the built web app (apps/web/dist) at `/`, with the SPA fallback: a GET for any other path
 * that is not the server's own gets index.html, and the app's router takes it from there.
 */
export async function webPlugin(app: FastifyInstance, { distDir }: { distDir: string }) {
  await app.register(fastifyStatic, {
    root: distDir,
    prefix: '/',
    // Routes for the files that exist at start-up, so our own catch-all below can handle the rest.
    wildcard: false,
    // `/` goes through the catch-all too, so the leaderboard's link gets its preview tags.
    index: false,
    globIgnore: ['**/*.gz', '**/*.br'],
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply: FastifyReply, filePath: string) => {
      reply.header('cache-control', cacheControlFor(distDir, filePath));
    },
  });

  await app.register(shareRoutes);
  // index.html is small and changes only with a release: read once, with preview tags added per request.
  const indexHtml = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  // English is a chunk of its own the app fetches before its first render: named in the page, it downloads
  // beside the app's code instead of a round trip after it. Vietnamese, the league's language, is built in.
  const englishPreloads = (readPreloadHints(distDir).languages.en ?? []).map(modulePreload);

  const maxParamLength =
    app.initialConfig.routerOptions?.maxParamLength ?? app.initialConfig.maxParamLength ?? 100;
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    if (isServerPath(pathname)) {
      // Without this catch-all the router itself refuses an over-long id (400, never 404): keep it so.
      if (pathname.split('/').some((segment) => segment.length > maxParamLength)) {
        throw new errorCodes.FST_ERR_MAX_PARAM_LENGTH(pathname.slice(0, 100));
      }
      return reply.callNotFound();
    }
    if (looksLikeFile(pathname)) return reply.callNotFound();
    // A link pasted into Zalo or Facebook is fetched by their crawler: give it the preview card's tags.
    const origin = `${request.protocol}://${request.host}`;
    const language = requestLanguage(request.headers['accept-language']);
    reply.header('vary', 'accept-language');
    const tags = await openGraphTags(app, pathname, origin, language);
    const head = [...(language === 'en' ? englishPreloads : []), ...(tags ? [tags] : [])];
    if (head.length === 0) return reply.sendFile('index.html');
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(indexHtml.replace('</head>', `  ${head.join('\n    ')}\n  </head>`));
  });
}
