import { loadConfig } from '../config.js';
import { openDatabase } from '../db/open.js';

/** `npm run db:migrate`: applies pending migrations to the configured (or embedded) database and exits. */
const config = loadConfig();
const opened = await openDatabase(config, () => {});
await opened.stop();
console.log(
  `Migrations applied (${opened.embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'external database'}).`,
);
