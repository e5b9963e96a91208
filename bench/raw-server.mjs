// Bench only: the baseline of the leaderboard read bench, a bare node:http server in its own process that
// sends stored responses (body bytes and headers captured from the real API). Usage: node raw-server.mjs FILE
// where FILE is JSON { "/path": { "headers": {...}, "body": "<base64>" } }; prints the port it listens on.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const routes = new Map(
  Object.entries(JSON.parse(readFileSync(process.argv[2], 'utf8'))).map(([path, r]) => [
    path,
    { headers: r.headers, body: Buffer.from(r.body, 'base64') },
  ]),
);
const server = createServer((request, response) => {
  const route = routes.get(request.url);
  if (!route) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { ...route.headers, 'content-length': route.body.length });
  response.end(route.body);
});
server.keepAliveTimeout = 72_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
