//go:build !wasm

package main

import (
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// generate runs the static-site generator with the command line's flags
// and exits non-zero on failure.
func generate() {
	out := flag.String("out", "dist", "directory to write the site into")
	base := flag.String("base", "", "URL path prefix when the site is hosted under a sub-path, e.g. /sipplay")
	wasm := flag.String("wasm", "", "the built app.wasm (default OUT/web/app.wasm)")
	web := flag.String("web", "", "the static assets directory to copy (default: web/ next to this package)")
	flag.Parse()
	if *wasm == "" {
		*wasm = filepath.Join(*out, "web", "app.wasm")
	}
	if *web == "" {
		*web = defaultWebDir()
	}
	if err := Generate(*out, *base, *wasm, *web); err != nil {
		fmt.Fprintln(os.Stderr, "sipplay:", err)
		os.Exit(1)
	}
}

// Handler returns the site's go-app handler for the given base path and
// version.
func Handler(base, version string) *app.Handler {
	// CustomProvider("", "") would give "//web/app.wasm", a URL on
	// another host; the root is LocalDir's job.
	var res app.ResourceProvider = app.LocalDir("")
	if b := strings.Trim(base, "/"); b != "" {
		res = app.CustomProvider("", b)
	}
	return &app.Handler{
		Name:         "sipplay",
		ShortName:    "sipplay",
		Title:        "sipplay: Twilio SIP dialing playground",
		Description:  "Check SIP URIs, build <Dial><Sip> TwiML and Calls API requests while you type.",
		LoadingLabel: "Starting the live checks… {progress}%",
		Lang:         "en",
		Icon: app.Icon{
			Default:    "/web/icon-192.png",
			Large:      "/web/icon-512.png",
			SVG:        "/web/icon.svg",
			AppleTouch: "/web/icon-192.png",
		},
		BackgroundColor: "#0f172a",
		ThemeColor:      "#0f172a",
		Styles:          []string{"/web/app.css", "/web/highlight.css", "/web/boot.css"},
		RawHeaders:      []string{headScript(), noscriptStyle},
		CacheableResources: []string{
			"/web/icon.svg",
		},
		Resources:             res,
		Version:               version,
		ServiceWorkerTemplate: workerTemplate(base),
	}
}

// bootJS starts app.wasm in place of go-app's loader: the prerendered page
// stays readable, a small status shows the download, and a failure is
// said plainly (see the file's comment).
//
//go:embed boot.js
var bootJS string

// undoJS gives the code editors an undo history of their own (see the
// file's comment).
//
//go:embed undo.js
var undoJS string

// workerJS is the service worker's template.
//
//go:embed worker.js
var workerJS string

// workerTemplate returns the service worker's template for a site hosted
// at base: go-app fills in the version and the files to keep.
func workerTemplate(base string) string {
	prefix := ""
	if b := strings.Trim(base, "/"); b != "" {
		prefix = "/" + b
	}
	return strings.NewReplacer(
		"PAGE", strconv.Quote(prefix+"/"),
		"WASM", strconv.Quote(prefix+"/web/app.wasm"),
	).Replace(workerJS)
}

// headScript runs before the first paint: it applies a stored theme, so a
// dark theme does not flash light, and marks <html> "booting" until
// app.wasm runs (boot.js removes the mark). While booting, edits to the
// prerendered controls are held back: the wasm would not see them, and
// they would be lost when it renders.
func headScript() string {
	return `<script>
(function () {
  var root = document.documentElement;
  root.classList.add("booting");
  try {
    var theme = localStorage.getItem(` + strconv.Quote(themeKey) + `);
    if (theme === "light" || theme === "dark") root.setAttribute("data-theme", theme);
  } catch (e) {}
  // Typing, pasting and dropping into any control, and choosing with
  // selects, buttons and checkboxes, wait for the wasm. Tab, selecting and
  // copying text still work.
  var hold = function (selector) {
    return function (e) {
      if (!root.classList.contains("booting") || e.key === "Tab") return;
      if (e.target.closest && e.target.closest(selector)) e.preventDefault();
    };
  };
  var editing = hold("textarea, input, select");
  var choosing = hold("select, button, input[type=checkbox]");
  ["beforeinput", "paste", "drop"].forEach(function (type) { document.addEventListener(type, editing, true); });
  ["keydown", "mousedown", "click"].forEach(function (type) { document.addEventListener(type, choosing, true); });
})();
</script>`
}

// noscriptStyle hides the start-up status when scripts do not run; the
// page's <noscript> message says why nothing is live.
const noscriptStyle = `<noscript><style>#app-wasm-loader { display: none; }</style></noscript>`

// noscriptMessage goes last in the body: go-app mounts the page on the
// body's first child. The style pins it to the top of the window.
const noscriptMessage = `<noscript><p class="noscript" data-testid="noscript">The checks run in your browser and need JavaScript and WebAssembly. ` +
	`With JavaScript off, this page shows an example but cannot check what you type.</p></noscript>`

// Generate writes the static site into out: go-app's files for base, the
// toolchain's wasm_exec.js, and the assets of web. The wasm file must exist:
// the service worker's version is derived from it.
func Generate(out, base, wasm, web string) error {
	version, err := fileHash(wasm)
	if err != nil {
		return fmt.Errorf("hashing the wasm (build it first with GOOS=js GOARCH=wasm go build -o %s ./app): %w", wasm, err)
	}
	if err := os.MkdirAll(filepath.Join(out, "web"), 0o755); err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(out, Handler(base, version)); err != nil {
		return fmt.Errorf("generating the site: %w", err)
	}
	if err := fixPage(filepath.Join(out, "index.html")); err != nil {
		return err
	}
	if err := fixAppJS(filepath.Join(out, "app.js")); err != nil {
		return err
	}
	if err := copyWasmExec(filepath.Join(out, "wasm_exec.js")); err != nil {
		return err
	}
	if err := copyDir(web, filepath.Join(out, "web")); err != nil {
		return fmt.Errorf("copying %s: %w", web, err)
	}
	return nil
}

// fixPage corrects what go-app writes into a generated page: it drops
// og:url, lets the viewport zoom, and adds the <noscript> message.
func fixPage(page string) error {
	b, err := os.ReadFile(page)
	if err != nil {
		return err
	}
	html, err := dropOGURL(string(b))
	if err != nil {
		return fmt.Errorf("%s: %w", page, err)
	}
	html, err = replaceOnce(html, goappViewport, viewport)
	if err != nil {
		return fmt.Errorf("%s: the viewport: %w", page, err)
	}
	html, err = replaceOnce(html, "</body>", noscriptMessage+"\n</body>")
	if err != nil {
		return fmt.Errorf("%s: the body: %w", page, err)
	}
	return os.WriteFile(page, []byte(html), 0o644)
}

// go-app's viewport forbids zooming (maximum-scale=1, user-scalable=0);
// ours lets a person pinch-zoom.
const (
	goappViewport = `"width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover"`
	viewport      = `"width=device-width, initial-scale=1, viewport-fit=cover"`
)

// dropOGURL removes the og:url meta element from a generated page. go-app
// fills it with the address of the throwaway server it generates from
// (http://127.0.0.1:port/), which is wrong wherever the site is hosted; a
// static build cannot know its final address.
func dropOGURL(html string) (string, error) {
	// go-app writes attributes in any order, so find the property and then
	// the element around it.
	p := strings.Index(html, `property="og:url"`)
	if p < 0 {
		return html, nil
	}
	i := strings.LastIndex(html[:p], "<meta")
	j := strings.IndexByte(html[p:], '>')
	if i < 0 || j < 0 {
		return "", fmt.Errorf("og:url outside a whole <meta> element")
	}
	return html[:i] + html[p+j+1:], nil
}

// fixAppJS makes go-app's app.js start app.wasm with bootJS instead of its
// own loader, which covers the page and shows errors as raw exceptions, and
// register the service worker after app.wasm is kept in its cache. It adds
// undoJS.
func fixAppJS(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	js, err := replaceOnce(string(b), "\ngoappInitWebAssembly();\n", "\nsipplayStart();\n")
	if err == nil {
		// sipplayStart registers the worker once app.wasm is kept.
		js, err = replaceOnce(js, "\ngoappInitServiceWorker();\n", "\n")
	}
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return os.WriteFile(path, []byte(js+"\n"+bootJS+"\n"+undoJS), 0o644)
}

// replaceOnce replaces the one occurrence of old in s, and fails when old
// does not occur exactly once (go-app changed what it writes).
func replaceOnce(s, old, new string) (string, error) {
	if n := strings.Count(s, old); n != 1 {
		return "", fmt.Errorf("expected one %q from go-app, found %d", old, n)
	}
	return strings.Replace(s, old, new, 1), nil
}

// fileHash returns the first 16 hex digits of the SHA-256 of a file.
func fileHash(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// copyWasmExec overwrites dst with the toolchain's wasm_exec.js, so the
// runtime always matches the compiler that built app.wasm.
func copyWasmExec(dst string) error {
	goroot := os.Getenv("GOROOT")
	if goroot == "" {
		b, err := exec.Command("go", "env", "GOROOT").Output()
		if err != nil {
			return fmt.Errorf("finding GOROOT: %w", err)
		}
		goroot = strings.TrimSpace(string(b))
	}
	src := filepath.Join(goroot, "lib", "wasm", "wasm_exec.js")
	if _, err := os.Stat(src); err != nil {
		src = filepath.Join(goroot, "misc", "wasm", "wasm_exec.js")
	}
	return copyFile(src, dst)
}

// defaultWebDir finds web/ beside the module root when run from the
// repository (go run ./app from the root, or from app/).
func defaultWebDir() string {
	for _, d := range []string{"web", filepath.Join("..", "web")} {
		if st, err := os.Stat(filepath.Join(d, "app.css")); err == nil && !st.IsDir() {
			return d
		}
	}
	return "web"
}

// copyDir copies the regular files of src (recursively) into dst, leaving
// out a built app.wasm, which is written in place by the wasm build.
func copyDir(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() || d.Name() == "app.wasm" {
			return nil
		}
		if same(p, target) {
			return nil
		}
		return copyFile(p, target)
	})
}

// same reports whether a and b are the same file.
func same(a, b string) bool {
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
