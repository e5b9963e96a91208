import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { connectDatabase } from '../db/client.js';
import { openDatabase } from '../db/open.js';
import { ROLES, type Role } from '../lib/roles.js';
import { userService } from '../modules/users/service.js';

/** `npm run user:create -- --email a@b.c --password secret123 --role ADMIN` */
const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    password: { type: 'string' },
    role: { type: 'string', default: 'ADMIN' },
  },
});
if (!values.email || !values.password) {
  console.error(
    'Usage: npm run user:create -- --email <email> --password <password> [--role ADMIN|MODERATOR|VIEWER]',
  );
  process.exit(2);
}
if (!ROLES.includes(values.role as Role)) {
  console.error(`--role must be one of ${ROLES.join(', ')}`);
  process.exit(2);
}
if (values.password.length < 8) {
  console.error('--password must be at least 8 characters long');
  process.exit(2);
}

const config = loadConfig();
const opened = await openDatabase(config, () => {});
const database = connectDatabase(opened.url, config.database);
try {
  const user = await userService(database.db).create(
    { userId: null, requestId: 'cli' },
    { email: values.email, password: values.password, role: values.role as Role },
  );
  console.log(`Created ${user.role} ${user.email} (${user.id})`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
  await opened.stop();
}
