// Service worker for a hosted copy: caches the page's own files so it keeps working offline.
// It only ever fetches this site's files (the lists below); the page itself makes no request.
// The text checker's files are cached at install; the file-analysis module (large, needed only
// for files) is cached the first time the page asks for it, so a first visit stays small.
const CACHE = 'telltale-v__VERSION__';
const FILES = ['./', ...__FILES__];
const LAZY = __LAZY__;
self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (e) => {
  e.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()));
});
self.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== 'GET' || url.origin !== self.location.origin) return;
  e.respondWith(caches.match(e.request, { ignoreSearch: true }).then((hit) => {
    if (hit) return hit;
    return fetch(e.request).then((res) => {
      const name = url.pathname.split('/').pop();
      if (res.ok && LAZY.includes(name)) {
        const copy = res.clone();
        caches.open(CACHE).then((c) => c.put(e.request, copy));
      }
      return res;
    });
  }));
});
