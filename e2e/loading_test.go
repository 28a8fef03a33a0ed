package e2e

// Issue 11, "Loading and failure": the prerendered page reads before the
// wasm runs, failures are said plainly, a stored theme applies before the
// first paint, the viewport zooms, a first visit downloads app.wasm once, and
// the page opens offline at every address of its one page.

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/sipplay/sipplay/internal/serve/static"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// navigate goes to a path on the tab's server without waiting for the wasm.
func (tb *tab) navigate(path string) {
	tb.t.Helper()
	tb.run("navigating to "+path, chromedp.Navigate(tb.srv.URL+path))
}

// statusJS is the start-up status: its text, and whether it says it failed.
const statusJS = `(function(){const s=document.getElementById("app-wasm-loader");return s?(s.classList.contains("boot-failed")?"failed: ":"")+s.textContent.trim():"";})()`

// prerenderedURIJS is the URI as the prerendered editor shows it (its
// highlighted layer; the textarea over it is filled by the wasm).
const prerenderedURIJS = `document.querySelector('[data-testid="uri-input"]').parentElement.querySelector(".hl-layer").textContent.trim()`

// uncoveredJS reports whether the URI editor is what a person sees at its
// centre: no loading screen lies over it.
const uncoveredJS = `(function(){const e=document.querySelector('[data-testid="uri-input"]');const r=e.getBoundingClientRect();
	const top=document.elementFromPoint(r.left+r.width/2,r.top+r.height/2);return !!top&&!!top.closest(".editor-box");})()`

func TestLoadFailuresAreShown(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		change func(t *testing.T, dir string, tb *tab)
		want   string
	}{
		{"app.wasm missing", func(t *testing.T, dir string, tb *tab) {
			require.NoError(t, os.Remove(filepath.Join(dir, "web", "app.wasm")))
		}, "The live checks could not start: app.wasm could not be downloaded (HTTP 404)."},
		{"app.wasm damaged", func(t *testing.T, dir string, tb *tab) {
			require.NoError(t, os.WriteFile(filepath.Join(dir, "web", "app.wasm"), []byte("not wasm"), 0o644))
		}, "The live checks could not start: app.wasm could not be compiled ("},
		{"no WebAssembly", func(t *testing.T, dir string, tb *tab) {
			tb.run("removing WebAssembly", chromedp.Func(func(ctx context.Context, target *chromedp.Target) error {
				_, err := cdp.Call(ctx, target, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: "delete window.WebAssembly;"})
				return err
			}))
		}, "The live checks could not start: this browser does not run WebAssembly."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := copyDir(t, mustDir(t, "site (make build)", appSiteDir))
			srv := ownServer(t, dir, "")
			tb := openFreshTab(t, srv)
			tt.change(t, dir, tb)
			tb.navigate("/")
			tb.eventually("the failure is shown", func() (bool, string) {
				got := eval[string](tb, statusJS)
				return strings.HasPrefix(got, "failed: "+tt.want), got
			})
			assert.Contains(t, eval[string](tb, statusJS), "The page shows what it showed when it was built; reload to try again.")
			assert.Equal(t, "alert", eval[string](tb, `document.getElementById("app-wasm-loader").getAttribute("role")`), "the failure is announced")
			// The prerendered page is still there and readable.
			assert.Equal(t, "valid", tb.text("uri-status"), "the prerendered status")
			assert.Equal(t, "sip:alice@example.sip.twilio.com", eval[string](tb, prerenderedURIJS), "the prerendered URI")
			assert.True(t, eval[bool](tb, uncoveredJS), "nothing covers the prerendered editor")
		})
	}
}

// slowWasmServer serves the built site, holding back app.wasm until release
// is closed.
func slowWasmServer(t *testing.T) (srv *server, release func()) {
	t.Helper()
	h, err := static.Handler(mustDir(t, "site (make build)", appSiteDir), "")
	require.NoError(t, err)
	gate := make(chan struct{})
	var once sync.Once
	srv = &server{}
	srv.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/app.wasm") {
			select {
			case <-gate:
			case <-r.Context().Done():
				return
			}
		}
		h.ServeHTTP(w, r)
	}))
	release = func() { once.Do(func() { close(gate) }) }
	t.Cleanup(srv.Close)
	t.Cleanup(release)
	return srv, release
}

func TestPageReadsBeforeWasmRuns(t *testing.T) {
	t.Parallel()
	srv, release := slowWasmServer(t)
	tb := openFreshTab(t, srv)
	tb.navigate("/")

	// While app.wasm downloads: the page is readable, a small status says
	// what is happening, and keys typed into an editor are held back
	// rather than lost when the wasm renders.
	tb.eventually("the start-up status", func() (bool, string) {
		got := eval[string](tb, statusJS)
		return strings.HasPrefix(got, "Starting the live checks…"), got
	})
	assert.True(t, eval[bool](tb, uncoveredJS), "nothing covers the prerendered editor")
	assert.Less(t, eval[float64](tb, `(function(){const r=document.getElementById("app-wasm-loader").getBoundingClientRect();return r.width*r.height/(innerWidth*innerHeight);})()`),
		0.1, "the status is small")
	assert.Equal(t, "valid", tb.text("uri-status"), "the prerendered findings are readable")
	assert.True(t, eval[bool](tb, `document.documentElement.classList.contains("booting")`), "the page says it is not live yet")
	before := tb.value("uri-input")
	tb.run("typing before the wasm runs", chromedp.SendKeys(chromedp.CSS(sel("uri-input")), "x"))
	assert.Equal(t, before, tb.value("uri-input"), "a key typed before the wasm runs is held back")

	release()
	tb.waitReady()
	assert.False(t, eval[bool](tb, `document.documentElement.classList.contains("booting")`), "the controls are live")
	assert.Equal(t, "sip:alice@example.sip.twilio.com", tb.value("uri-input"), "the live editor holds the URI")
	tb.typeText("uri-input", "sip:bob@example.com;transport=sctp")
	tb.eventually("findings once live", func() (bool, string) {
		got := codes(tb.diags("uri-diagnostics"))
		return slices.Contains(got, "transport/error"), strings.Join(got, " ")
	})
	tb.assertClean()
}

func TestStoredThemeAppliesBeforeTheWasm(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openFreshTab(t, srv)
	// ?wasm=false: go-app's switch that leaves the wasm out, so only the
	// head script can set the theme.
	tb.navigate("/?wasm=false")
	eval[bool](tb, `localStorage.setItem("sipplay-theme", "dark"), true`)
	tb.run("reloading", chromedp.Reload())
	tb.eventually("the page without its wasm", func() (bool, string) {
		return eval[bool](tb, `document.readyState === "complete"`), "loading"
	})
	assert.Equal(t, "dark", eval[string](tb, `document.documentElement.getAttribute("data-theme") || ""`), "the stored theme, without the wasm")
	assert.Equal(t, "rgb(11, 17, 32)", eval[string](tb, `getComputedStyle(document.body).backgroundColor`), "the dark background")
}

func TestViewportZoomsAndNoscriptSpeaks(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openFreshTab(t, srv)
	tb.open("/")
	vp := eval[string](tb, `document.querySelector('meta[name="viewport"]').content`)
	assert.NotContains(t, vp, "user-scalable", "pinch zoom is allowed: %s", vp)
	assert.NotContains(t, vp, "maximum-scale", "pinch zoom is allowed: %s", vp)
	assert.False(t, tb.present("noscript"), "the <noscript> message stays hidden when scripts run")

	off := openFreshTab(t, srv)
	off.run("turning scripts off", chromedp.Func(func(ctx context.Context, target *chromedp.Target) error {
		_, err := cdp.Call(ctx, target, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		return err
	}))
	off.navigate("/")
	time.Sleep(500 * time.Millisecond)
	// Scripts are off, so read the page through the DevTools DOM.
	msg, err := chromedp.Run(off.ctx, chromedp.TextContent(chromedp.CSS(sel("noscript"))))
	require.NoError(t, err)
	assert.Equal(t, "The checks run in your browser and need JavaScript and WebAssembly. With JavaScript off, this page shows an example but cannot check what you type.", msg)
}

// TestOneDownloadThenOffline: a first visit downloads app.wasm once (the
// service worker does not fetch it again), and after it the page opens
// offline at /, /index.html and any /?query, at the root and under the
// sub-path.
func TestOneDownloadThenOffline(t *testing.T) {
	t.Parallel()
	for _, base := range []string{"", subBase} {
		t.Run("base="+base, func(t *testing.T) {
			dir := mustDir(t, "site (make build)", appSiteDir)
			if base != "" {
				dir = mustDir(t, "site built with BASE="+subBase, subSiteDir)
			}
			srv := ownServer(t, dir, base)
			tb := openFreshTab(t, srv)
			tb.open(srv.home())
			tb.waitServiceWorker()
			wasm := 0
			for _, p := range srv.requestsSince(0) {
				if strings.HasSuffix(p, "/web/app.wasm") {
					wasm++
				}
			}
			assert.Equal(t, 1, wasm, "downloads of app.wasm on a first visit: %v", srv.requestsSince(0))

			tb.goOffline()
			for _, p := range []string{base + "/", base + "/index.html", base + "/?utm=1", base + "/index.html?x=y#frag"} {
				tb.navigate(p)
				tb.waitReady() // the loader goes once the wasm runs
			}
			tb.typeText("uri-input", "sip:bob@example.com;transport=sctp")
			tb.eventually("checks offline", func() (bool, string) {
				got := codes(tb.diags("uri-diagnostics"))
				return slices.Contains(got, "transport/error"), strings.Join(got, " ")
			})
		})
	}
}
