// -----------------------------------------------------------------------------
// sipplay: starting the wasm (app/site.go puts this file at the end of go-app's
// app.js and calls sipplayStart instead of goappInitWebAssembly and
// goappInitServiceWorker).
//
// The prerendered page stays readable while app.wasm downloads; a small status
// (#app-wasm-loader) says what is happening. The head script marks <html> with
// the "booting" class, which keeps typing out of controls that are not live
// yet. When app.wasm cannot be fetched or compiled, or the browser has no
// WebAssembly, the status says so and the page stays as it was built.
// -----------------------------------------------------------------------------
async function sipplayStart() {
  const status = document.getElementById("app-wasm-loader");
  const label = document.getElementById("app-wasm-loader-label");
  const live = () => {
    status.remove();
    document.documentElement.classList.remove("booting");
  };
  const fail = (why) => {
    label.textContent =
      "The live checks could not start: " + why +
      " The page shows what it showed when it was built; reload to try again.";
    status.classList.add("boot-failed");
    status.setAttribute("role", "alert");
    console.error("sipplay: " + why);
  };
  if (!goappCanLoadWebAssembly()) {
    live();
    goappInitServiceWorker();
    return;
  }
  if (typeof WebAssembly !== "object" || typeof Go !== "function") {
    fail("this browser does not run WebAssembly.");
    return;
  }
  // The prerendered page paints first: the download and the compile wait for
  // the browser's first frame (or 100 ms, where no frame comes: a tab in the
  // background).
  await new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
  const url = goappGetenv("GOAPP_STATIC_RESOURCES_URL") + "/web/app.wasm";
  let resp;
  try {
    resp = await fetch(url);
  } catch (err) {
    fail("app.wasm could not be downloaded (" + err.message + ").");
    return;
  }
  if (!resp.ok) {
    fail("app.wasm could not be downloaded (HTTP " + resp.status + ").");
    return;
  }
  if (navigator.serviceWorker && navigator.serviceWorker.controller) {
    // A worker serves this page, and app.wasm came from its cache.
    goappInitServiceWorker();
  } else {
    // A first visit: the worker is registered once the page has kept
    // app.wasm in its cache, so that its install does not download it again.
    sipplayKeep(url, resp.clone()).then(goappInitServiceWorker);
  }
  const go = new Go();
  let result;
  try {
    result = await WebAssembly.instantiateStreaming(sipplayProgress(resp, label), go.importObject);
  } catch (err) {
    fail("app.wasm could not be compiled (" + err.message + ").");
    return;
  }
  go.run(result.instance);
  live();
}

// sipplayProgress returns resp with a body that reports the download's
// progress in label: the share done when the size is known, else the bytes.
// (A compressed response often has no Content-Length.) Like go-app's own
// loader, it always reads the body through a stream of its own, so the page
// starts the same way whatever the server sends; Lighthouse's simulation
// then treats it as it treats go-app's hello world.
function sipplayProgress(resp, label) {
  if (!resp.body) {
    return resp;
  }
  const total = parseInt(resp.headers.get("Content-Length"), 10);
  const show = (loaded) =>
    total > 0
      ? goappLoadingLabel.replace("{progress}", Math.min(100, Math.round((loaded * 100) / total)))
      : goappLoadingLabel.replace("{progress}%", (loaded / 1e6).toFixed(1) + " MB");
  let loaded = 0;
  const reader = resp.body.getReader();
  const body = new ReadableStream({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) {
        controller.close();
        return;
      }
      loaded += value.byteLength;
      label.textContent = show(loaded);
      controller.enqueue(value);
    },
  });
  return new Response(body, { status: resp.status, statusText: resp.statusText, headers: resp.headers });
}

// sipplayKeep puts the downloaded app.wasm into the service worker's cache,
// so that a first visit downloads it once: the worker fetches it only when
// it is not there (app/worker.js).
async function sipplayKeep(url, resp) {
  try {
    if (!("caches" in window)) {
      return;
    }
    const cache = await caches.open("app-" + goappGetenv("GOAPP_VERSION"));
    await cache.put(url, resp);
  } catch (err) {
    console.warn("sipplay: app.wasm not kept for offline use", err);
  }
}
