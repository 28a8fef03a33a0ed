package e2e

// One headless Chromium for the whole package. Each test opens its own tabs:
// ordinary ones in a browser context the tests share (warm cache, fast), and
// first-visit ones in a fresh browser context (no storage, cache or service
// worker). Tests run two at a time (go test's -parallel default on 2 cores).

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

func TestMain(m *testing.M) {
	code := m.Run()
	stopBrowser()
	stopServers()
	if root, err := tempRoot(); err == nil {
		os.RemoveAll(root)
	}
	os.Exit(code)
}

// chromiumPath finds the machine's Chromium.
func chromiumPath() (string, error) {
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium", nil
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p, nil
	}
	return "", errors.New("chromium not found at /usr/bin/chromium or on PATH: the browser tests need Debian's chromium package (bash .ci/run installs it: apt-get install chromium)")
}

var (
	browserMu     sync.Mutex
	browserCtx    context.Context // a chromedp context whose browser runs
	browserStop   func()
	browserErr    error
	browserTested bool
)

// browser returns the package's running browser, starting it on first use.
func browser(t testing.TB) context.Context {
	t.Helper()
	browserMu.Lock()
	defer browserMu.Unlock()
	if !browserTested {
		browserTested = true
		browserCtx, browserStop, browserErr = startBrowser()
	}
	if browserErr != nil {
		t.Fatalf("starting headless Chromium failed: %v", browserErr)
	}
	return browserCtx
}

// startBrowser launches Chromium with exactly the flags PLATFORM-NOTES
// prescribes and a fresh profile.
func startBrowser() (context.Context, func(), error) {
	path, err := chromiumPath()
	if err != nil {
		return nil, nil, err
	}
	root, err := tempRoot()
	if err != nil {
		return nil, nil, err
	}
	profile := filepath.Join(root, "chromium-profile")
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile),
	}
	actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, bcancel := chromedp.NewContext(actx)
	if err := chromedp.Do(bctx); err != nil {
		bcancel()
		acancel()
		return nil, nil, fmt.Errorf("launching %s: %w", path, err)
	}
	return bctx, func() { bcancel(); acancel() }, nil
}

// stopBrowser ends the browser if it was started.
func stopBrowser() {
	browserMu.Lock()
	defer browserMu.Unlock()
	if browserStop != nil {
		browserStop()
		browserStop = nil
	}
}

// tab is one browser tab. It records console errors, uncaught exceptions
// and every request the page makes.
type tab struct {
	t   testing.TB
	ctx context.Context
	srv *server

	mu       sync.Mutex
	errs     []string // console errors, exceptions, error log entries
	requests []string // URL of every request the page sent
}

var (
	sharedMu  sync.Mutex
	sharedCtx context.Context // a browser context the ordinary tabs share
)

// shared returns the browser context ordinary tabs open in. Sharing it lets
// Chromium reuse the service worker's cache and the compiled wasm, which
// keeps the suite fast; nothing but the theme choice lives outside the URL.
func shared(t testing.TB) context.Context {
	t.Helper()
	bctx := browser(t)
	sharedMu.Lock()
	defer sharedMu.Unlock()
	if sharedCtx == nil {
		ctx, _ := chromedp.NewContext(bctx, chromedp.WithNewBrowserContext()) // ends with the browser
		if err := chromedp.Do(ctx); err != nil {
			t.Fatalf("making the shared browser context: %v", err)
		}
		sharedCtx = ctx
	}
	return sharedCtx
}

// openTab makes a tab in the shared browser context; the test's cleanup
// closes it (and, when the test failed, saves a screenshot under
// e2e/artifacts).
func openTab(t testing.TB, srv *server) *tab {
	t.Helper()
	return newTab(t, srv, shared(t))
}

// openFreshTab makes a tab in a new browser context of its own: no cache,
// no storage, no service worker, as a first-time visitor's browser.
func openFreshTab(t testing.TB, srv *server) *tab {
	t.Helper()
	return newTab(t, srv, browser(t), chromedp.WithNewBrowserContext())
}

// newTab opens a tab under parent that records what the page reports.
func newTab(t testing.TB, srv *server, parent context.Context, opts ...chromedp.ContextOption) *tab {
	t.Helper()
	tb := &tab{t: t, srv: srv}
	ctx, cancel := chromedp.NewContext(parent, append(opts, chromedp.WithListener(tb.record))...)
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	tb.ctx = ctx
	t.Cleanup(tb.saveFailure)
	return tb
}

// record runs in the tab's event loop: it only appends.
func (tb *tab) record(ev any) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			var parts []string
			for _, a := range ev.Args {
				if a.Value != nil {
					parts = append(parts, string(a.Value))
				} else {
					parts = append(parts, a.Description)
				}
			}
			tb.errs = append(tb.errs, "console."+string(ev.Type)+": "+strings.Join(parts, " "))
		}
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			msg += " " + d.Exception.Description
		}
		tb.errs = append(tb.errs, fmt.Sprintf("exception at %s:%d: %s", d.URL, d.LineNumber+1, msg))
	case *log.EventEntryAdded:
		if ev.Entry != nil && ev.Entry.Level == log.EntryLevelError {
			tb.errs = append(tb.errs, fmt.Sprintf("log %s: %s %s", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL))
		}
	case *network.EventRequestWillBeSent:
		if ev.Request != nil {
			tb.requests = append(tb.requests, ev.Request.URL)
		}
	}
}

// consoleErrors returns what the page reported as an error so far.
func (tb *tab) consoleErrors() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return append([]string(nil), tb.errs...)
}

// foreignRequests returns the requests that went to another origin than
// the test server's. data: and blob: URLs never leave the page.
func (tb *tab) foreignRequests() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	var out []string
	for _, u := range tb.requests {
		p, err := url.Parse(u)
		if err == nil && (p.Scheme == "data" || p.Scheme == "blob") {
			continue
		}
		if err != nil || p.Scheme+"://"+p.Host != tb.srv.URL {
			out = append(out, u)
		}
	}
	return out
}

// assertClean checks that the page logged no error and sent no request to
// another origin.
func (tb *tab) assertClean() {
	tb.t.Helper()
	if errs := tb.consoleErrors(); len(errs) > 0 {
		tb.t.Errorf("the page reported %d error(s):\n%s", len(errs), strings.Join(errs, "\n"))
	}
	if reqs := tb.foreignRequests(); len(reqs) > 0 {
		tb.t.Errorf("the page sent %d request(s) to another origin than %s:\n%s", len(reqs), tb.srv.URL, strings.Join(reqs, "\n"))
	}
}

// saveFailure keeps a screenshot of a failed test's page for the person
// reading the log.
func (tb *tab) saveFailure() {
	if !tb.t.Failed() {
		return
	}
	ctx, cancel := context.WithTimeout(tb.ctx, 5*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		return
	}
	name := strings.NewReplacer("/", "_", " ", "_").Replace(tb.t.Name()) + ".png"
	if os.MkdirAll("artifacts", 0o755) == nil && os.WriteFile(filepath.Join("artifacts", name), png, 0o644) == nil {
		tb.t.Logf("screenshot of the failed page: e2e/artifacts/%s", name)
	}
}

// run runs chromedp actions with a deadline, failing the test on error.
func (tb *tab) run(what string, actions ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		tb.t.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates a JavaScript expression in the page and decodes its value
// (awaiting it when it is a promise).
func eval[T any](tb *tab, js string) T {
	tb.t.Helper()
	return evalWithin[T](tb, 30*time.Second, js)
}

// evalWithin is eval with a deadline of its own.
func evalWithin[T any](tb *tab, d time.Duration, js string) T {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, d)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("evaluating %s: %v", shorten(js), err)
	}
	return v
}

// tryEval is eval that returns its error instead of failing the test, for a
// page that may be between two documents (a reload it started itself).
func tryEval[T any](tb *tab, js string) (T, error) {
	ctx, cancel := context.WithTimeout(tb.ctx, 30*time.Second)
	defer cancel()
	return chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
}

// shorten keeps error messages readable.
func shorten(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

// jsString is s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// sel is the CSS selector of a test hook.
func sel(testid string) string { return `[data-testid="` + testid + `"]` }

// liveJS is true once go-app's wasm has taken over the page (the document
// is parsed and app.js removed the loader after starting the wasm) and pane
// 1's status shows a checked result: the first render is done.
const liveJS = `document.readyState !== "loading" && !document.getElementById("app-wasm-loader") &&
	!!document.querySelector('[data-testid="uri-status"]') &&
	document.querySelector('[data-testid="uri-status"]').textContent.trim() !== ""`

// readyJS is liveJS once every pane is built too: on a narrow screen the
// page builds the hidden ones after its first paint, marked aria-busy until
// then.
const readyJS = liveJS + ` && !document.querySelector('.pane[aria-busy="true"]')`

// open navigates to the URL (absolute, or a path on the tab's server) and
// waits until the app is live.
func (tb *tab) open(u string) {
	tb.t.Helper()
	if !strings.Contains(u, "://") {
		u = tb.srv.URL + u
	}
	tb.run("navigating to "+u, chromedp.Navigate(u))
	tb.waitReady()
}

// waitReady waits until the wasm app has rendered its first checked state.
func (tb *tab) waitReady() {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 60*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](readyJS, chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		tb.t.Fatalf("the app did not become ready (loader gone, uri-status filled): %v\npage errors: %v", err, tb.consoleErrors())
	}
}

// eventuallyTimeout bounds every wait for the page to reflect an edit. A
// render takes milliseconds; the margin is for a CI machine under load.
const eventuallyTimeout = 20 * time.Second

// eventually polls cond until it reports true, and fails the test with
// cond's last explanation after eventuallyTimeout.
func (tb *tab) eventually(what string, cond func() (bool, string)) {
	tb.t.Helper()
	deadline := time.Now().Add(eventuallyTimeout)
	for {
		ok, got := cond()
		if ok {
			return
		}
		if time.Now().After(deadline) {
			tb.t.Fatalf("%s: still not true after %v; last seen:\n%s", what, eventuallyTimeout, got)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// settle waits until the page's DOM has not changed for 300 ms, so that a
// check reads one consistent state.
func (tb *tab) settle() {
	tb.t.Helper()
	ok := evalWithin[bool](tb, 30*time.Second, `new Promise(resolve => {
		let timer;
		const done = ok => { obs.disconnect(); clearTimeout(timer); clearTimeout(limit); resolve(ok); };
		const obs = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(() => done(true), 300); });
		obs.observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});
		timer = setTimeout(() => done(true), 300);
		const limit = setTimeout(() => done(false), 20000);
	})`)
	if !ok {
		tb.t.Fatalf("the page kept changing for 20 s")
	}
}

// present reports whether a test hook is in the page.
func (tb *tab) present(testid string) bool {
	tb.t.Helper()
	return eval[bool](tb, `!!document.querySelector(`+jsString(sel(testid))+`)`)
}

// require stops the test when a test hook is missing from the page.
func (tb *tab) require(testid string) {
	tb.t.Helper()
	if !tb.present(testid) {
		tb.t.Fatalf("the page has no element with data-testid=%q (test hook contract, issue 5/6)", testid)
	}
}

// text is the text content of a test hook ("" when it is missing).
func (tb *tab) text(testid string) string {
	tb.t.Helper()
	return eval[string](tb, `(function(){const e=document.querySelector(`+jsString(sel(testid))+`);return e?e.textContent:"";})()`)
}

// value is the value of a form control ("" when it is missing).
func (tb *tab) value(testid string) string {
	tb.t.Helper()
	return eval[string](tb, `(function(){const e=document.querySelector(`+jsString(sel(testid))+`);return e&&e.value!==undefined?String(e.value):"";})()`)
}

// waitText waits until a test hook's text content equals want.
func (tb *tab) waitText(testid, want string) {
	tb.t.Helper()
	tb.eventually(fmt.Sprintf("text of %s = %q", testid, want), func() (bool, string) {
		got := tb.text(testid)
		return got == want, got
	})
}

// setJS sets a control's value as a person's edit would (the native value
// setter, then input and change events). It opens the <details> ("More")
// holding the control first, as a person would. A closed "More" section
// holds no controls until it is opened: when there is no such control, it
// opens the closed ones, by their summaries, and returns notYet. It returns
// "", notYet or what went wrong.
const setJS = `(function(id, v) {
	const e = document.querySelector('[data-testid="' + id + '"]');
	if (!e) {
		const closed = document.querySelectorAll("details.more:not([open]) > summary");
		closed.forEach(s => s.click());
		const opening = Array.from(document.querySelectorAll("details.more[open]")).some(d => d.children.length === 1);
		return closed.length || opening ? "` + notYet + `" : "no element with data-testid=" + id;
	}
	for (let d = e.closest("details"); d; d = d.parentElement && d.parentElement.closest("details")) d.open = true;
	if (e.type === "checkbox" || e.type === "radio") {
		if (e.checked !== (v === "true")) e.click();
		return "";
	}
	const proto = e instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype :
		e instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
	Object.getOwnPropertyDescriptor(proto, "value").set.call(e, v);
	if (e instanceof HTMLSelectElement && e.value !== v)
		return "select " + id + " offers no option " + JSON.stringify(v) + "; options: " +
			JSON.stringify(Array.from(e.options).map(o => o.value));
	e.dispatchEvent(new Event("input", {bubbles: true}));
	e.dispatchEvent(new Event("change", {bubbles: true}));
	return "";
})`

// notYet is setJS's answer when it opened closed sections to find a
// control, which the page renders next.
const notYet = "not rendered yet"

// set sets a control's value through its input and change events.
func (tb *tab) set(testid, value string) {
	tb.t.Helper()
	msg := ""
	tb.eventually("setting "+testid, func() (bool, string) {
		msg = eval[string](tb, setJS+`(`+jsString(testid)+`,`+jsString(value)+`)`)
		return msg != notYet, msg
	})
	if msg != "" {
		tb.t.Fatalf("setting %s to %q: %s", testid, value, msg)
	}
}

// typeText replaces a control's text by typing it key by key, as a person
// would.
func (tb *tab) typeText(testid, s string) {
	tb.t.Helper()
	tb.set(testid, "")
	tb.run("typing into "+testid, chromedp.SendKeys(chromedp.CSS(sel(testid)), s))
}

// click clicks the first element matching a CSS selector, by its DOM
// click() so that hidden "More" sections do not matter.
func (tb *tab) clickCSS(css string) {
	tb.t.Helper()
	msg := eval[string](tb, `(function(){const e=document.querySelector(`+jsString(css)+`);if(!e)return "no element matches `+strings.ReplaceAll(css, `"`, `'`)+`";e.click();return "";})()`)
	if msg != "" {
		tb.t.Fatal(msg)
	}
}

// diag is one entry of a diagnostics list as the page shows it.
type diag struct {
	Code     string `json:"code"`
	Severity string `json:"severity"`
	Start    string `json:"start"` // data-start, "" when the UI does not expose it
	End      string `json:"end"`
}

func (d diag) String() string {
	if d.Start == "" && d.End == "" {
		return d.Code + "/" + d.Severity
	}
	return fmt.Sprintf("%s/%s@%s-%s", d.Code, d.Severity, d.Start, d.End)
}

// diags reads the children of a diagnostics list that carry a data-code
// (not the fix buttons inside them, which carry one too).
func (tb *tab) diags(testid string) []diag {
	tb.t.Helper()
	return eval[[]diag](tb, `(function(){const l=document.querySelector(`+jsString(sel(testid))+`);if(!l)return [];
		return Array.from(l.querySelectorAll(":scope > [data-code]")).map(e=>({code:e.dataset.code||"",severity:e.dataset.severity||"",start:e.dataset.start||"",end:e.dataset.end||""}));})()`)
}

// codes formats diagnostics compactly for comparison, without spans.
func codes(ds []diag) []string {
	out := []string{}
	for _, d := range ds {
		out = append(out, d.Code+"/"+d.Severity)
	}
	return out
}
