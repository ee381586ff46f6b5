// Mission Ready's service worker, written into each release build by scripts/post-build.mjs
// (the two constants below are filled in there). It makes the app work offline after the
// first visit:
//  - install: precache every file of this build under a cache name that changes with each
//    build, all or nothing (cache.addAll fails as a whole, and the old version stays);
//  - it waits: a new version takes over only when the page sends "skip-waiting", after the
//    user accepted "Reload for the new version" and pending saves were written;
//  - activate: delete this app's older caches only (names starting with "missionready-");
//  - fetch: same-origin GET only; navigations (deep links too) get the cached page, files
//    come from the cache, anything else goes to the network as usual.
const CACHE = "__CACHE__";
const FILES = __FILES__;
const PREFIX = "missionready-";

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: "reload" })))));
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(
      caches
        .open(CACHE)
        .then((cache) => cache.match("/index.html"))
        .then((page) => page || fetch(request)),
    );
    return;
  }
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(url.pathname))
      .then((hit) => hit || fetch(request)),
  );
});
