import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { connectDatabase } from './db/client.js';
import { openDatabase } from './db/open.js';
import { resolveJwtSecret } from './lib/jwt-secret.js';
import { scheduleBackups } from './modules/backups/schedule.js';

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  // The supervisor reports before the app (and its logger) exists; afterwards through the app's log.
  let report = (level: 'info' | 'warn' | 'error', message: string) =>
    console.error(JSON.stringify({ level, msg: message, time: Date.now() }));
  const opened = await openDatabase(
    config,
    (line) => {
      if (config.logLevel === 'debug' || config.logLevel === 'trace') console.error(`[postgres] ${line}`);
    },
    { supervise: true, report: (level, message) => report(level, message) },
  );
  const database = connectDatabase(opened.url, config.database);
  const app = await buildApp({
    config,
    database,
    jwtSecret: await resolveJwtSecret(config),
    postmaster: opened.health,
  });
  report = (level, message) => app.log[level]({ component: 'embedded-postgres' }, message);
  const stopBackups = scheduleBackups(
    {
      intervalHours: config.backupIntervalHours,
      keep: config.backupKeep,
      dataDir: config.dataDir,
      url: opened.url,
    },
    database.sql,
    app.log,
  );

  if (await app.users.ensureFirstAdmin(config.admin))
    app.log.info({ email: config.admin?.email }, 'first admin created');

  // Stop accepting, let in-flight requests finish, then release the pool and the embedded server.
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    stopBackups();
    await app.close();
    await database.close();
    await opened.stop();
  });

  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    {
      database: opened.embedded ? 'embedded PostgreSQL 15' : 'external PostgreSQL',
      docs: `http://localhost:${config.port}/docs`,
    },
    'Ping Pong League is ready',
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
