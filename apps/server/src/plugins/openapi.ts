import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ErrorCodeSchema, ErrorResponse } from '../lib/schemas.js';
import { VERSION } from '../version.js';
import { improveDocument } from './openapi-document.js';

async function openapiPlugin(app: FastifyInstance) {
  app.addSchema(ErrorCodeSchema);
  app.addSchema(ErrorResponse);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Ping Pong League API',
        version: VERSION,
        description:
          'Seasons, teams, players, fixtures, results with a complete point audit trail. Errors: {error_code, message, details, request_id}.',
      },
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
    },
    // operationIds, tags, public security, 413/429 and real media types, for every route at once.
    transformObject: (documentObject) =>
      improveDocument(
        'openapiObject' in documentObject ? documentObject.openapiObject : documentObject.swaggerObject,
      ),
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/api/v1/openapi.json', { schema: { hide: true }, config: { rateLimit: false } }, async () =>
    app.swagger(),
  );
}

export default fp(openapiPlugin, { name: 'openapi' });
