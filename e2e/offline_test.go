package e2e

// Issue 6: after one visit the page opens and validates offline, and the
// site built for a sub-path works under it.

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// waitServiceWorker waits until the page's service worker is activated
// (its precache complete) and returns its scope.
func (tb *tab) waitServiceWorker() string {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 60*time.Second)
	defer cancel()
	scope, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(async () => {
		const reg = await navigator.serviceWorker.ready;
		for (let i = 0; i < 600 && reg.active.state !== "activated"; i++) await new Promise(r => setTimeout(r, 50));
		return reg.active.state === "activated" ? reg.scope : "";
	})()`, chromedp.EvalAwaitPromise))
	if err != nil || scope == "" {
		tb.t.Fatalf("the service worker never became active (scope %q): %v\npage errors: %v", scope, err, tb.consoleErrors())
	}
	return scope
}

// goOffline cuts the tab (and its service worker's fetches) off the network
// through the DevTools protocol.
func (tb *tab) goOffline() {
	tb.t.Helper()
	tb.run("going offline", chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		if _, err := cdp.Call(ctx, t, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
			EmulateOfflineServiceWorker: new(true),
			MatchedNetworkConditions:    []*network.Conditions{{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}},
		}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, t, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: true, DownloadThroughput: -1, UploadThroughput: -1})
		return err
	}))
}

// offlineNoise is what a browser may log while offline by design: the
// service worker's update check and the failed network fetches it falls
// back from. Anything else is a real error.
func offlineNoise(msg string) bool {
	for _, s := range []string{"ERR_INTERNET_DISCONNECTED", "service worker registration failed", "Failed to fetch", "Failed to update a ServiceWorker"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

func TestOfflineReload(t *testing.T) {
	t.Parallel()
	// A server of its own: it must see no request while offline.
	srv := ownServer(t, mustDir(t, "site (make build)", appSiteDir), "")
	tb := openFreshTab(t, srv)
	tb.open(srv.home())
	tb.waitServiceWorker()

	tb.goOffline()
	assert.False(t, eval[bool](tb, "navigator.onLine"), "the page sees itself offline")
	before := srv.requestCount()

	tb.run("reloading offline", chromedp.Reload())
	tb.waitReady()
	assert.True(t, eval[bool](tb, "!!navigator.serviceWorker.controller"), "the offline page is served by the service worker")

	tb.typeText("uri-input", "sip:bob@example.com;transport=sctp")
	tb.eventually("diagnostics while offline", func() (bool, string) {
		got := codes(tb.diags("uri-diagnostics"))
		return slices.Contains(got, "transport/error"), strings.Join(got, " ")
	})
	// Only the browser's own update check of the service worker script may
	// still get through: it runs in the browser process, outside the tab's
	// emulated network. Everything the page needs comes from the cache.
	for _, p := range srv.requestsSince(before) {
		assert.Equal(t, "/app-worker.js", p, "a request reached the server while offline")
	}

	var real []string
	for _, e := range tb.consoleErrors() {
		if !offlineNoise(e) {
			real = append(real, e)
		}
	}
	assert.Empty(t, real, "errors other than the expected offline ones")
	assert.Empty(t, tb.foreignRequests(), "requests to another origin")
}

func TestSubPathSite(t *testing.T) {
	t.Parallel()
	srv := ownServer(t, mustDir(t, "site built with BASE="+subBase, subSiteDir), subBase)
	tb := openTab(t, srv)
	tb.open(srv.home())

	tb.typeText("uri-input", "sip:bob@example.com;transport=sctp")
	tb.eventually("diagnostics under "+subBase, func() (bool, string) {
		got := codes(tb.diags("uri-diagnostics"))
		return slices.Contains(got, "transport/error"), strings.Join(got, " ")
	})
	tb.set("call-From", "Jack")
	tb.eventually("the form body under "+subBase, func() (bool, string) {
		return strings.HasPrefix(tb.text("form-body"), "To=sip%3Abob%40example.com%3Btransport%3Dsctp&From=Jack"), tb.text("form-body")
	})

	// Every asset, the manifest and the service worker live under the prefix.
	scope := tb.waitServiceWorker()
	assert.Equal(t, srv.URL+subBase+"/", scope, "the service worker's scope")
	for _, u := range tb.requests {
		if strings.HasPrefix(u, "data:") || strings.HasPrefix(u, "blob:") {
			continue
		}
		assert.True(t, strings.HasPrefix(u, srv.URL+subBase+"/"), "request %s stays under %s/", u, subBase)
	}
	assert.Empty(t, srv.failures(), "requests the sub-path site could not answer")
	manifest := eval[string](tb, `fetch(document.querySelector('link[rel="manifest"]').href).then(r => r.text())`)
	assert.Contains(t, manifest, subBase+"/", "the manifest's scope and start_url use the prefix:\n%s", manifest)

	// A link made here opens here.
	link := tb.shareLink()
	require.True(t, strings.HasPrefix(link, srv.URL+subBase+"/"), "the share link %s is under %s/", link, subBase)
	other := openFreshTab(t, srv)
	other.open(link)
	assert.Equal(t, "sip:bob@example.com;transport=sctp", other.value("uri-input"), "the link restores the state under %s", subBase)
	tb.assertClean()
	other.assertClean()
}

// copyDir copies a built site so that a test can change it.
func copyDir(t *testing.T, src string) string {
	t.Helper()
	dst, err := newTempDir("site-copy")
	require.NoError(t, err)
	err = filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	require.NoError(t, err)
	return dst
}

// TestUpdateIsOfferedNotForced deploys a new version under an open page:
// the page offers to reload and does not reload on its own (issue 6).
func TestUpdateIsOfferedNotForced(t *testing.T) {
	t.Parallel()
	dir := copyDir(t, mustDir(t, "site (make build)", appSiteDir))
	srv := ownServer(t, dir, "")
	tb := openFreshTab(t, srv)
	tb.open(srv.home())
	tb.waitServiceWorker()
	// The first visit is not controlled by the worker; the second is.
	tb.run("reloading under the service worker", chromedp.Reload())
	tb.waitReady()
	require.True(t, eval[bool](tb, "!!navigator.serviceWorker.controller"), "the page is controlled by the service worker")
	assert.False(t, tb.present("update-prompt"), "no update offered before a deploy")
	eval[bool](tb, "window.__sameDocument = true")

	deployNewVersion(t, tb, dir)
	time.Sleep(time.Second)
	assert.True(t, eval[bool](tb, "window.__sameDocument === true"), "the page did not reload on its own")
	tb.assertClean()
}

// TestUpdateReloadSaysWhatItLoses deploys a new version while secrets are
// typed: the offer says the reload loses them, and the reload keeps the
// rest, up to the last key typed (the link is written before reloading).
func TestUpdateReloadSaysWhatItLoses(t *testing.T) {
	t.Parallel()
	dir := copyDir(t, mustDir(t, "site (make build)", appSiteDir))
	srv := ownServer(t, dir, "")
	tb := openFreshTab(t, srv)
	tb.run("a wide window", chromedp.EmulateViewport(1400, 900))
	tb.open(srv.home())
	tb.waitServiceWorker()
	tb.run("reloading under the service worker", chromedp.Reload())
	tb.waitReady()

	deployNewVersion(t, tb, dir)
	assert.False(t, tb.present("update-loses-secrets"), "nothing to lose yet")

	tb.set("sip-0-password", "hunter2")
	tb.eventually("the offer says the password would be lost", func() (bool, string) {
		return tb.present("update-loses-secrets"), tb.text("update-prompt")
	})
	tb.set("share-secrets", "true")
	tb.eventually("with secrets in links, nothing is lost", func() (bool, string) {
		return !tb.present("update-loses-secrets"), tb.text("update-prompt")
	})
	tb.set("share-secrets", "false")

	typed := tb.value("uri-input") + ";transport=tcp"
	eval[bool](tb, "window.__reloaded = true")
	tb.run("typing, then reloading at once", chromedp.Click(sel("uri-input")), chromedp.KeyEvent(kb.End),
		chromedp.SendKeys(sel("uri-input"), ";transport=tcp"), chromedp.Click(sel("update-reload")))
	tb.eventually("the reload opened a new document", func() (bool, string) {
		// Between the two documents an evaluation fails: not yet.
		done, err := tryEval[bool](tb, `window.__reloaded === undefined && document.readyState === "complete"`)
		return err == nil && done, fmt.Sprint(err)
	})
	tb.waitReady()
	assert.Equal(t, typed, tb.value("uri-input"), "the reload keeps every key typed")
	assert.Empty(t, tb.value("sip-0-password"), "the password never entered the link")
}

// deployNewVersion deploys a new version of the site in dir, which tb's
// page was served from, and waits for the page to offer it. A deploy
// changes the worker script (its cache version is the hash of the new
// app.wasm; any byte change is a new worker).
func deployNewVersion(t *testing.T, tb *tab, dir string) {
	t.Helper()
	worker := filepath.Join(dir, "app-worker.js")
	b, err := os.ReadFile(worker)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(worker, append(b, []byte("\n// deploy 2\n")...), 0o644))
	eval[bool](tb, `navigator.serviceWorker.getRegistration().then(r => r.update()).then(() => true)`)
	tb.eventually("the page offers the new version", func() (bool, string) {
		return tb.present("update-prompt"), "no update-prompt"
	})
}
