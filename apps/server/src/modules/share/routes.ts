import type { Language } from '@pingpong/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { renderCard } from './card.js';
import { previewFor } from './previews.js';

const escapeAttribute = (text: string) =>
  text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c);

/** Open Graph tags for a path of the app, to put in index.html's head; '' when the path has no preview. */
export async function openGraphTags(
  app: FastifyInstance,
  pathname: string,
  origin: string,
  language: Language,
) {
  const preview = await previewFor(app, pathname, language);
  if (!preview) return '';
  const tags: [string, string][] = [
    ['og:type', 'website'],
    ['og:site_name', language === 'vi' ? 'Giải Bóng Bàn' : 'Ping Pong League'],
    ['og:locale', language === 'vi' ? 'vi_VN' : 'en_GB'],
    ['og:title', preview.title],
    ['og:description', preview.description],
    ['og:url', `${origin}${pathname}`],
    ['og:image', `${origin}${preview.image}${language === 'en' ? '?lang=en' : ''}`],
    ['og:image:width', '1200'],
    ['og:image:height', '630'],
  ];
  return [
    ...tags.map(
      ([property, content]) => `<meta property="${property}" content="${escapeAttribute(content)}" />`,
    ),
    '<meta name="twitter:card" content="summary_large_image" />',
  ].join('\n    ');
}

/** The preview cards themselves: PNGs of the score, a player or the top of the table. */
export async function shareRoutes(app: FastifyInstance) {
  const card =
    (path: (id: string) => string) =>
    async (
      request: FastifyRequest<{ Params: { id?: string }; Querystring: { lang?: string } }>,
      reply: FastifyReply,
    ) => {
      const preview = await previewFor(
        app,
        path(request.params.id ?? ''),
        request.query.lang === 'en' ? 'en' : 'vi',
      );
      if (!preview) return reply.callNotFound();
      // A score changes during match night: cards are kept for a few minutes only.
      return reply
        .type('image/png')
        .header('cache-control', 'public, max-age=300')
        .send(await renderCard(preview.card));
    };
  const hidden = { schema: { hide: true } };
  app.get(
    '/share/fixtures/:id.png',
    hidden,
    card((id) => `/fixtures/${id}`),
  );
  app.get(
    '/share/players/:id.png',
    hidden,
    card((id) => `/players/${id}`),
  );
  app.get(
    '/share/leaderboard.png',
    hidden,
    card(() => '/'),
  );
}
