package e2e

// The page is quiet and self-contained: no console error, no request to
// another origin, and no typed payload ever runs (issue 5).

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// canary holds the classic payloads. If any of them ran, it would set
// window.__pwned.
const canary = `"><img src=x onerror=window.__pwned=1>` +
	`<script>window.__pwned=1</script>` +
	`'><svg onload=window.__pwned=1>` +
	`</textarea></pre><img src=x onerror=window.__pwned=1>` +
	`]]><!--<img src=x onerror=window.__pwned=1>-->` +
	"`${window.__pwned=1}`"

// jsURL is what a link or URL field must never follow.
const jsURL = `javascript:window.__pwned=1`

// textControlsJS lists the test hooks of every text control a person can
// type into (text inputs, password inputs, editable textareas).
const textControlsJS = `(function(){
	document.querySelectorAll("details").forEach(d => d.open = true);
	return Array.from(document.querySelectorAll("[data-testid]")).filter(e =>
		(e instanceof HTMLTextAreaElement && !e.readOnly && !e.disabled) ||
		(e instanceof HTMLInputElement && !e.readOnly && !e.disabled && ["text", "password", "url", "search", "tel", "email", ""].includes(e.type))
	).map(e => e.dataset.testid);
})()`

// pwnedJS reports what a payload left behind: the canary flag, and any
// element a payload would have created.
const pwnedJS = `(function(){
	const found = [];
	if (window.__pwned !== undefined) found.push("window.__pwned = " + String(window.__pwned));
	document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload]').forEach(e => found.push("element " + e.outerHTML.slice(0, 120)));
	document.querySelectorAll("script").forEach(s => { if (s.textContent.includes("__pwned")) found.push("script " + s.outerHTML.slice(0, 120)); });
	document.querySelectorAll("a[href]").forEach(a => { if (a.getAttribute("href").trim().toLowerCase().startsWith("javascript:")) found.push("link " + a.outerHTML.slice(0, 120)); });
	return found;
})()`

func TestCanaryPayloadNeverRuns(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.open(srv.home())

	controls := eval[[]string](tb, textControlsJS)
	for _, must := range []string{"uri-input", "twiml-input", "call-From", "call-To", "sip-0-uri", "dial-callerId"} {
		require.Contains(t, controls, must, "a text control the canary must reach")
	}
	// Pane 1's editor gets the first payload key by key, as typed, then the
	// whole canary as a paste; the rest through their input events.
	tb.typeText("uri-input", canary[:strings.Index(canary, "<script>")])
	tb.set("uri-input", canary)
	tb.set("twiml-input", "<Response><Dial><Sip>"+canary+"</Sip></Dial></Response>")
	for _, id := range controls {
		if id == "uri-input" || id == "twiml-input" {
			continue
		}
		if !tb.present(id) { // an earlier edit re-rendered the form
			continue
		}
		tb.set(id, canary)
	}
	// It shows as text: in pane 1's editor layer and in the form body.
	tb.eventually("the payload shows as text under the URI editor", func() (bool, string) {
		txt := eval[string](tb, `(function(){const e=document.querySelector('[data-testid="uri-input"]');return e&&e.previousElementSibling?e.previousElementSibling.textContent:"";})()`)
		return strings.Contains(txt, canary), txt
	})
	tb.eventually("the form body carries the payload encoded", func() (bool, string) {
		return strings.Contains(tb.text("form-body"), "From=%22%3E%3Cimg"), tb.text("form-body")
	})
	time.Sleep(500 * time.Millisecond) // room for an <img onerror> to fire
	assert.Empty(t, eval[[]string](tb, pwnedJS), "payload effects after typing")

	// URL fields never become javascript: links.
	for _, id := range []string{"call-Url", "call-StatusCallback", "dial-action", "sip-0-url"} {
		if tb.present(id) {
			tb.set(id, jsURL)
		}
	}
	time.Sleep(200 * time.Millisecond)
	assert.Empty(t, eval[[]string](tb, pwnedJS), "payload effects after javascript: URLs")

	// The link to this state must be as harmless when opened.
	link := eval[string](tb, `location.href`)
	if tb.present("share") {
		tb.clickCSS(sel("share"))
		tb.eventually("the share link shows", func() (bool, string) { return tb.text("share-link") != "", "" })
		link = tb.text("share-link")
	}
	other := openFreshTab(t, srv)
	other.open(link)
	time.Sleep(500 * time.Millisecond)
	assert.Empty(t, eval[[]string](other, pwnedJS), "payload effects after opening the link %s", link)
	assert.Equal(t, canary, other.value("uri-input"), "the link restores the payload as plain text")

	for _, tt := range []*tab{tb, other} {
		for _, u := range tt.requests {
			assert.False(t, strings.HasSuffix(u, "/x"), "a payload <img src=x> was requested: %s", u)
		}
		tt.assertClean()
	}
}

func TestNoConsoleErrorNoForeignRequest(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.open(srv.home())
	// Use every part of the page once: panes, modes, builder, examples,
	// snippets, theme.
	for _, id := range []string{"tab-twiml", "twiml-mode-xml", "twiml-mode-builder", "sip-add", "tab-call", "theme-toggle", "theme-toggle", "tab-uri"} {
		if tb.present(id) {
			tb.clickCSS(sel(id))
		}
	}
	tb.set("uri-input", "sip:alice@example.sip.twilio.com;transport=tls?X-Team=blue")
	ids := eval[[]string](tb, `Array.from(document.querySelectorAll('[data-testid^="snippet-tab-"]')).map(e=>e.dataset.testid)`)
	for _, id := range ids {
		tb.clickCSS(sel(id))
	}
	options := eval[[]string](tb, `Array.from(document.querySelectorAll('[data-testid="example-select"] option')).map(o=>o.value).filter(v=>v)`)
	for _, o := range options {
		tb.set("example-select", o)
	}
	time.Sleep(500 * time.Millisecond)
	tb.assertClean()
	assert.NotEmpty(t, tb.requests, "requests were recorded")
}

// TestSiteReferencesOnlyItsOrigin reads the built files: every URL the
// service worker precaches, the manifest's icons and the page's links stay
// on the site's own origin.
func TestSiteReferencesOnlyItsOrigin(t *testing.T) {
	t.Parallel()
	dir := mustDir(t, "site (make build)", appSiteDir)
	worker, err := os.ReadFile(filepath.Join(dir, "app-worker.js"))
	require.NoError(t, err)
	m := regexp.MustCompile(`const resourcesToCache = (\[[^\]]*\]);`).FindSubmatch(worker)
	require.NotNil(t, m, "app-worker.js lists resourcesToCache")
	var cached []string
	require.NoError(t, json.Unmarshal(m[1], &cached))
	for _, u := range cached {
		assert.True(t, strings.HasPrefix(u, "/") && !strings.HasPrefix(u, "//"), "precached URL %q is on the site's origin", u)
	}
	assert.Contains(t, cached, "/web/app.wasm", "the service worker precaches the wasm")

	var manifest struct {
		Icons []struct {
			Src string `json:"src"`
		} `json:"icons"`
	}
	raw, err := os.ReadFile(filepath.Join(dir, "manifest.webmanifest"))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(raw, &manifest))
	require.NotEmpty(t, manifest.Icons)
	for _, ic := range manifest.Icons {
		assert.True(t, strings.HasPrefix(ic.Src, "/"), "manifest icon %q is local", ic.Src)
	}

	index, err := os.ReadFile(filepath.Join(dir, "index.html"))
	require.NoError(t, err)
	for _, ref := range regexp.MustCompile(`(?:src|href)="([^"]*)"`).FindAllSubmatch(index, -1) {
		u := string(ref[1])
		assert.False(t, strings.Contains(u, "://") || strings.HasPrefix(u, "//"), "index.html references %q on another origin", u)
	}

	// The toolchain's wasm_exec.js, not go-app's embedded copy.
	root, err := repoRoot()
	require.NoError(t, err)
	want, err := os.ReadFile(filepath.Join(root, "wasm_exec.js"))
	require.NoError(t, err)
	got, err := os.ReadFile(filepath.Join(dir, "wasm_exec.js"))
	require.NoError(t, err)
	assert.True(t, string(want) == string(got), "dist/wasm_exec.js is the toolchain's copy (the repo's wasm_exec.js)")
}
