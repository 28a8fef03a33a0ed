package e2e

// Building and serving the sites under test: the real site (at the root and
// under /sipplay) and the go-app hello-world the budgets compare against.

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/sipplay/sipplay/internal/serve/static"
)

// subBase is the sub-path the tests host the site under, as GitHub Pages
// hosts a project site.
const subBase = "/sipplay"

// repoRoot is the module root: tests run in the package directory.
var repoRoot = sync.OnceValues(func() (string, error) {
	dir, err := filepath.Abs("..")
	if err != nil {
		return "", err
	}
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
		return "", fmt.Errorf("module root not found above the e2e package: %w", err)
	}
	return dir, nil
})

// tempRoot holds everything the tests build; TestMain removes it.
var tempRoot = sync.OnceValues(func() (string, error) {
	return os.MkdirTemp("", "sipplay-e2e-")
})

// newTempDir makes a fresh directory under tempRoot.
func newTempDir(name string) (string, error) {
	root, err := tempRoot()
	if err != nil {
		return "", err
	}
	return os.MkdirTemp(root, name+"-")
}

// goCmd runs the go command in the module root, with extra environment,
// and returns its combined output in the error.
func goCmd(env []string, args ...string) error {
	root, err := repoRoot()
	if err != nil {
		return err
	}
	cmd := exec.Command("go", args...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("go %s: %w\n%s", strings.Join(args, " "), err, out)
	}
	return nil
}

// buildWasm compiles pkg for the browser into out through `make wasm`, the
// recipe `make build` uses, so the app and the size floor share its flags.
func buildWasm(pkg, out string) error {
	root, err := repoRoot()
	if err != nil {
		return err
	}
	cmd := exec.Command("make", "-s", "wasm", "PKG="+pkg, "OUT="+out)
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("make wasm PKG=%s: %w\n%s", pkg, err, out)
	}
	return nil
}

// generateSite runs the app's static-site generator into dir for base,
// with dir/web/app.wasm already in place.
func generateSite(dir, base string) error {
	wasm := filepath.Join(dir, "web", "app.wasm")
	return goCmd(nil, "run", "./app", "-out", dir, "-base", base, "-wasm", wasm)
}

// appSiteDir is the built site at the root path: $SIPPLAY_DIST when set
// (make test builds it first), otherwise built here with make build's
// commands.
var appSiteDir = sync.OnceValues(func() (string, error) {
	if dir := os.Getenv("SIPPLAY_DIST"); dir != "" {
		if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
			return "", fmt.Errorf("SIPPLAY_DIST=%s holds no built site (run make build): %w", dir, err)
		}
		return dir, nil
	}
	dir, err := newTempDir("dist")
	if err != nil {
		return "", err
	}
	if err := buildWasm("./app", filepath.Join(dir, "web", "app.wasm")); err != nil {
		return "", err
	}
	if err := generateSite(dir, ""); err != nil {
		return "", err
	}
	return dir, nil
})

// subSiteDir is the site generated for hosting under subBase, from the same
// app.wasm as appSiteDir (the wasm does not depend on the base).
var subSiteDir = sync.OnceValues(func() (string, error) {
	src, err := appSiteDir()
	if err != nil {
		return "", err
	}
	dir, err := newTempDir("dist-sub")
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Join(dir, "web"), 0o755); err != nil {
		return "", err
	}
	wasm, err := os.ReadFile(filepath.Join(src, "web", "app.wasm"))
	if err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(dir, "web", "app.wasm"), wasm, 0o644); err != nil {
		return "", err
	}
	if err := generateSite(dir, subBase); err != nil {
		return "", err
	}
	return dir, nil
})

// helloSiteDir is the go-app hello-world, built now by the same toolchain
// with the same flags.
var helloSiteDir = sync.OnceValues(func() (string, error) {
	dir, err := newTempDir("hello")
	if err != nil {
		return "", err
	}
	if err := buildWasm("./e2e/testdata/hello", filepath.Join(dir, "web", "app.wasm")); err != nil {
		return "", err
	}
	if err := goCmd(nil, "run", "./e2e/testdata/hello", "-out", dir); err != nil {
		return "", err
	}
	return dir, nil
})

// mustDir calls a site builder and stops the test with its error.
func mustDir(t testing.TB, what string, build func() (string, error)) string {
	t.Helper()
	dir, err := build()
	if err != nil {
		t.Fatalf("building the %s failed:\n%v", what, err)
	}
	return dir
}

// server is a loopback HTTP server for one built site.
type server struct {
	*httptest.Server
	base string // the prefix the site lives under, "" or subBase

	mu     sync.Mutex
	failed []string // "status path" of every request answered >= 400
	paths  []string // the path of every request, in order
}

// requestsSince returns the paths of the requests after the first n.
func (s *server) requestsSince(n int) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if n > len(s.paths) {
		return nil
	}
	return append([]string(nil), s.paths[n:]...)
}

// requestCount is how many requests the server has seen.
func (s *server) requestCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.paths)
}

// failures returns the requests the server could not answer.
func (s *server) failures() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.failed...)
}

// statusWriter remembers the status a handler wrote.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

// home is the URL of the site's page.
func (s *server) home() string { return s.URL + s.base + "/" }

var (
	serversMu sync.Mutex
	servers   = map[string]*server{}
)

// serve returns the server of dir at base, started on first use and shared
// by the tests. TestMain stops them.
func serve(t testing.TB, dir, base string) *server {
	t.Helper()
	serversMu.Lock()
	defer serversMu.Unlock()
	key := base + "\x00" + dir
	if s, ok := servers[key]; ok {
		return s
	}
	s := newServer(t, dir, base)
	servers[key] = s
	return s
}

// ownServer starts a server of dir at base for one test alone, so that it
// can count the requests it gets; the test's cleanup stops it.
func ownServer(t testing.TB, dir, base string) *server {
	t.Helper()
	s := newServer(t, dir, base)
	t.Cleanup(s.Close)
	return s
}

// newServer serves dir at base on 127.0.0.1 with a free port, recording
// every request.
func newServer(t testing.TB, dir, base string) *server {
	t.Helper()
	h, err := static.Handler(dir, base)
	if err != nil {
		t.Fatalf("serving %s: %v", dir, err)
	}
	s := &server{base: base}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.paths = append(s.paths, r.URL.Path)
		s.mu.Unlock()
		sw := &statusWriter{ResponseWriter: w}
		h.ServeHTTP(sw, r)
		if sw.status >= 400 {
			s.mu.Lock()
			s.failed = append(s.failed, fmt.Sprintf("%d %s", sw.status, r.URL.Path))
			s.mu.Unlock()
		}
	}))
	return s
}

// appServer serves the real site at the root path.
func appServer(t testing.TB) *server {
	t.Helper()
	return serve(t, mustDir(t, "site (make build)", appSiteDir), "")
}

// stopServers closes every server serve started.
func stopServers() {
	serversMu.Lock()
	defer serversMu.Unlock()
	for _, s := range servers {
		s.Close()
	}
}
