// Offline use: once the page has been loaded, it works without a network. Network first, so an
// online visit makes exactly the requests it would make without this worker (nothing added, no
// background refresh); each same-origin GET answer is kept, and served when the network fails.
// User data never passes here: files are read from Blobs and text from the page, not fetched.
const CACHE = 'discret-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    try {
      const response = await fetch(request);
      if (response.ok) {
        const cache = await caches.open(CACHE);
        await cache.put(request, response.clone());
      }
      return response;
    } catch (error) {
      const cached = await caches.match(request, { ignoreSearch: true });
      if (cached) return cached;
      throw error;
    }
  })());
});
