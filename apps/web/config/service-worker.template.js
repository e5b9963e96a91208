// The app shell (hashed assets, index.html, manifest, icons) is cached at install. League data is read
// network first: a fresh answer always wins, and only without a network (or after READ_TIMEOUT_MS of a
// venue's hanging Wi-Fi) is the copy kept from the last visit shown, so tables, fixtures and players seen
// before stay readable offline. Accounts, the audit log, sign-in and the live stream are never kept.
const VERSION = '__VERSION__';
const SHELL = '__SHELL__';
const CACHE = `pingpong-shell-${VERSION}`;
const SERVER_PATHS = ['/api/', '/docs', '/health', '/uploads/', '/metrics'];
const DATA = 'pingpong-data';
const READ_TIMEOUT_MS = 4000;
const NEVER_KEPT = [
  '/api/v1/users',
  '/api/v1/audit',
  '/api/v1/auth/',
  '/api/v1/admin/',
  '/api/v1/openapi.json',
];
const isLeagueRead = (url) =>
  url.pathname.startsWith('/api/v1/') &&
  !url.pathname.endsWith('/events') &&
  !NEVER_KEPT.some((prefix) => url.pathname.startsWith(prefix));

function networkFirst(request) {
  const network = fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(DATA).then((cache) => cache.put(request, copy));
    }
    return response;
  });
  const fallback = () => caches.match(request, { cacheName: DATA, ignoreVary: true });
  const slow = new Promise((resolve) => setTimeout(resolve, READ_TIMEOUT_MS)).then(fallback);
  return Promise.race([network, slow.then((hit) => hit ?? network)]).catch(() =>
    fallback().then((hit) => hit ?? Response.error()),
  );
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('pingpong-shell-') && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (isLeagueRead(url)) {
    event.respondWith(networkFirst(request));
    return;
  }
  if (url.pathname.startsWith('/uploads/')) {
    // Photos and logos never change under a name: the first copy is good for ever.
    event.respondWith(
      caches.open(DATA).then((cache) =>
        cache.match(request).then(
          (hit) =>
            hit ??
            fetch(request).then((response) => {
              if (response.ok) cache.put(request, response.clone());
              return response;
            }),
        ),
      ),
    );
    return;
  }
  if (SERVER_PATHS.some((prefix) => url.pathname.startsWith(prefix))) return;

  if (request.mode === 'navigate') {
    // Network first so a new release shows at once; the cached shell only when offline.
    event.respondWith(fetch(request).catch(() => caches.match('/index.html', { cacheName: CACHE })));
    return;
  }
  if (SHELL.includes(url.pathname)) {
    event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
  }
});
