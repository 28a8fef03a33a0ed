// sipplay's service worker. app/site.go fills in the paths of the page and of
// app.wasm under the site's base; go-app fills in the version and the
// files to keep.
const cacheName = "app-" + "{{.Version}}";
const page = PAGE;
const wasm = WASM;

// Everything is fetched on install, but app.wasm only when the page has not
// kept the copy it downloaded (app/boot.js registers this worker after doing
// so): a first visit downloads it once.
const resourcesToCache = {{.ResourcesToCache}};
const precache = [page].concat(
  resourcesToCache.filter((r) => r !== wasm && r !== page && r + "/" !== page)
);

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) =>
        cache.addAll(precache).then(() => cache.match(wasm)).then((kept) => kept || cache.add(wasm))
      )
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((keys) =>
      Promise.all(keys.filter((k) => k !== cacheName).map((k) => caches.delete(k)))
    )
  );
});

// isPage reports whether a navigation asks for the one page of the site:
// the base path, with or without index.html, with any query.
function isPage(url) {
  const p = url.pathname;
  return p === page || p === page + "index.html" || p + "/" === page;
}

self.addEventListener("fetch", (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  if (req.mode === "navigate" && isPage(url)) {
    event.respondWith(
      caches.open(cacheName).then((cache) => cache.match(page)).then((hit) => hit || fetch(req))
    );
    return;
  }
  event.respondWith(
    caches.open(cacheName).then(async (cache) => {
      const hit = await cache.match(req);
      if (hit) {
        return hit;
      }
      const resp = await fetch(req);
      if (url.pathname === wasm && resp.ok) {
        event.waitUntil(cache.put(req, resp.clone()));
      }
      return resp;
    })
  );
});
