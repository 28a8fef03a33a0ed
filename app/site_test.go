//go:build !wasm

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var routeOnce sync.Once

// generateSite generates the site for base around a stand-in wasm file.
func generateSite(t *testing.T, base string, wasm []byte) string {
	t.Helper()
	routeOnce.Do(func() { app.Route("/", &page{}) })
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "web"), 0o755))
	w := filepath.Join(dir, "web", "app.wasm")
	require.NoError(t, os.WriteFile(w, wasm, 0o644))
	require.NoError(t, Generate(dir, base, w, filepath.Join("..", "web")), "generating for base %q", base)
	return dir
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err, "reading %s", path)
	return string(b)
}

func TestGenerate(t *testing.T) {
	tests := []struct {
		base   string
		prefix string // what every asset path starts with
	}{
		{"", ""},
		{"/sipplay", "/sipplay"},
		{"sipplay/", "/sipplay"},
		{"/deep/sub/path", "/deep/sub/path"},
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	require.NoError(t, err)
	toolchainExec := read(t, filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"))

	for _, tt := range tests {
		t.Run("base="+tt.base, func(t *testing.T) {
			dir := generateSite(t, tt.base, []byte("stand-in wasm"))
			for _, f := range []string{"index.html", "app.js", "app-worker.js", "manifest.webmanifest", "app.css",
				"wasm_exec.js", "web/app.css", "web/highlight.css", "web/icon.svg", "web/icon-192.png", "web/icon-512.png", "web/app.wasm"} {
				assert.FileExists(t, filepath.Join(dir, f), "base %q", tt.base)
			}
			assert.Equal(t, toolchainExec, read(t, filepath.Join(dir, "wasm_exec.js")), "the toolchain's wasm_exec.js, not go-app's")

			index := read(t, filepath.Join(dir, "index.html"))
			for _, want := range []string{
				`href="` + tt.prefix + `/web/app.css"`,
				`href="` + tt.prefix + `/web/highlight.css"`,
				`href="` + tt.prefix + `/web/icon.svg"`,
				`src="` + tt.prefix + `/web/icon-192.png"`,
				`src="` + tt.prefix + `/wasm_exec.js"`,
				`<title>sipplay`,
				`data-testid="uri-input"`,
			} {
				assert.Contains(t, index, want, "index.html for base %q", tt.base)
			}
			for _, f := range []string{"index.html", "app.js", "app-worker.js", "manifest.webmanifest"} {
				body := read(t, filepath.Join(dir, f))
				assert.NotContains(t, body, "githubusercontent", "%s for base %q: no remote icon", f, tt.base)
				assert.NotContains(t, body, "//web/", "%s for base %q: no protocol-relative asset", f, tt.base)
				assert.NotContains(t, body, "127.0.0.1", "%s for base %q: no address of the generator's server", f, tt.base)
			}
			assert.Contains(t, read(t, filepath.Join(dir, "app.js")), `"`+tt.prefix+`/web/app.wasm"`)
			assert.Contains(t, index, `content="width=device-width, initial-scale=1, viewport-fit=cover"`, "a viewport that zooms")
			assert.NotContains(t, index, "user-scalable", "a viewport that zooms")
			assert.Contains(t, index, noscriptMessage+"\n</body>", "the <noscript> message last in the body, after the page go-app mounts")
			assert.Contains(t, index, `localStorage.getItem("sipplay-theme")`, "the head script applies the stored theme")
			js := read(t, filepath.Join(dir, "app.js"))
			assert.Contains(t, js, "\nsipplayStart();\n", "app.js starts the wasm with boot.js")
			assert.NotContains(t, js, "\ngoappInitWebAssembly();\n", "go-app's loader does not run")
			assert.NotContains(t, js, "\ngoappInitServiceWorker();\n", "boot.js registers the worker")
			assert.True(t, strings.HasSuffix(js, bootJS+"\n"+undoJS), "boot.js and undo.js end app.js")
			worker := read(t, filepath.Join(dir, "app-worker.js"))
			assert.Contains(t, worker, `const page = "`+tt.prefix+`/";`, "the worker's page for base %q", tt.base)
			assert.Contains(t, worker, `const wasm = "`+tt.prefix+`/web/app.wasm";`, "the worker's wasm for base %q", tt.base)
			assert.Contains(t, read(t, filepath.Join(dir, "manifest.webmanifest")), `"scope": "`+tt.prefix+`/"`)
		})
	}
}

// The service worker's version follows the wasm's bytes, so a deploy
// reaches returning visitors, and only then.
func TestGenerateVersionFollowsWasm(t *testing.T) {
	worker := func(wasm string) string {
		return read(t, filepath.Join(generateSite(t, "", []byte(wasm)), "app-worker.js"))
	}
	a1, a2, b := worker("build one"), worker("build one"), worker("build two")
	assert.Equal(t, a1, a2, "the same wasm gives the same service worker")
	assert.NotEqual(t, a1, b, "another wasm gives another service worker")
}

func TestGenerateWithoutWasm(t *testing.T) {
	err := Generate(t.TempDir(), "", filepath.Join(t.TempDir(), "missing.wasm"), filepath.Join("..", "web"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "GOOS=js GOARCH=wasm go build", "the error says how to build the wasm")
}
