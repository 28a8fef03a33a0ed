//go:build !wasm

package main

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
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
		LoadingLabel: "sipplay is loading… {progress}%",
		Lang:         "en",
		Icon: app.Icon{
			Default:    "/web/icon-192.png",
			Large:      "/web/icon-512.png",
			SVG:        "/web/icon.svg",
			AppleTouch: "/web/icon-192.png",
		},
		BackgroundColor: "#0f172a",
		ThemeColor:      "#0f172a",
		Styles:          []string{"/web/app.css", "/web/highlight.css"},
		CacheableResources: []string{
			"/web/icon.svg",
		},
		Resources: res,
		Version:   version,
	}
}

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
	if err := dropOGURL(filepath.Join(out, "index.html")); err != nil {
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

// dropOGURL removes the og:url meta element from a generated page. go-app
// fills it with the address of the throwaway server it generates from
// (http://127.0.0.1:port/), which is wrong wherever the site is hosted; a
// static build cannot know its final address.
func dropOGURL(page string) error {
	b, err := os.ReadFile(page)
	if err != nil {
		return err
	}
	html := string(b)
	// go-app writes attributes in any order, so find the property and then
	// the element around it.
	p := strings.Index(html, `property="og:url"`)
	if p < 0 {
		return nil
	}
	i := strings.LastIndex(html[:p], "<meta")
	j := strings.IndexByte(html[p:], '>')
	if i < 0 || j < 0 {
		return fmt.Errorf("%s: og:url outside a whole <meta> element", page)
	}
	return os.WriteFile(page, []byte(html[:i]+html[p+j+1:]), 0o644)
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
