package static

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// site writes a small site into a temporary directory.
func site(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"index.html":            "<!DOCTYPE html><p>home</p>",
		"app.js":                "console.log(1)",
		"app.css":               "body{}",
		"manifest.webmanifest":  "{}",
		"web/app.wasm":          "\x00asm",
		"web/app.wasm.gz":       "gzipped",
		"web/icon.svg":          "<svg/>",
		"web/sub/index.html":    "sub",
		"web/unknown.xyz":       "?",
		"web/noindex/empty.txt": "",
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	}
	return dir
}

func TestHandler(t *testing.T) {
	dir := site(t)
	tests := []struct {
		base, method, path, accept string
		status                     int
		ctype, encoding, body      string
		location                   string
	}{
		{base: "", path: "/", status: 200, ctype: "text/html; charset=utf-8", body: "<!DOCTYPE html><p>home</p>"},
		{base: "", path: "/index.html", status: 200, ctype: "text/html; charset=utf-8", body: "<!DOCTYPE html><p>home</p>"},
		{base: "", path: "/app.js", status: 200, ctype: "text/javascript; charset=utf-8", body: "console.log(1)"},
		{base: "", path: "/app.css", status: 200, ctype: "text/css; charset=utf-8", body: "body{}"},
		{base: "", path: "/manifest.webmanifest", status: 200, ctype: "application/manifest+json", body: "{}"},
		{base: "", path: "/web/app.wasm", status: 200, ctype: "application/wasm", body: "\x00asm"},
		{base: "", path: "/web/app.wasm", accept: "gzip, deflate, br", status: 200, ctype: "application/wasm", encoding: "gzip", body: "gzipped"},
		{base: "", path: "/web/app.wasm", accept: "gzip;q=0", status: 200, ctype: "application/wasm", body: "\x00asm"},
		{base: "", path: "/web/icon.svg", status: 200, ctype: "image/svg+xml", body: "<svg/>"},
		{base: "", path: "/web/unknown.xyz", status: 200, ctype: "application/octet-stream", body: "?"},
		{base: "", path: "/web/sub/", status: 200, ctype: "text/html; charset=utf-8", body: "sub"},
		{base: "", path: "/web/noindex/", status: 404},
		{base: "", path: "/missing.js", status: 404},
		{base: "", path: "/../etc/passwd", status: 404},
		{base: "", method: "POST", path: "/", status: 405},
		{base: "/sipplay", path: "/sipplay/", status: 200, ctype: "text/html; charset=utf-8", body: "<!DOCTYPE html><p>home</p>"},
		{base: "/sipplay", path: "/sipplay/web/app.wasm", status: 200, ctype: "application/wasm", body: "\x00asm"},
		{base: "/sipplay", path: "/sipplay/app-worker.js", status: 404},
		{base: "/sipplay", path: "/sipplay", status: 302, location: "/sipplay/"},
		{base: "/sipplay", path: "/", status: 302, location: "/sipplay/"},
		{base: "/sipplay", path: "/app.js", status: 404},
		{base: "/sipplay", path: "/sipplayx/app.js", status: 404},
	}
	for _, tt := range tests {
		name := tt.base + " " + tt.method + " " + tt.path + " " + tt.accept
		h, err := Handler(dir, tt.base)
		require.NoError(t, err, name)
		method := tt.method
		if method == "" {
			method = http.MethodGet
		}
		req := httptest.NewRequest(method, tt.path, nil)
		if tt.accept != "" {
			req.Header.Set("Accept-Encoding", tt.accept)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		assert.Equal(t, tt.status, rec.Code, name)
		if tt.status != 200 {
			if tt.location != "" {
				assert.Equal(t, tt.location, rec.Header().Get("Location"), name)
			}
			continue
		}
		assert.Equal(t, tt.ctype, rec.Header().Get("Content-Type"), name)
		assert.Equal(t, tt.encoding, rec.Header().Get("Content-Encoding"), name)
		assert.Equal(t, tt.body, rec.Body.String(), name)
		assert.Equal(t, "nosniff", rec.Header().Get("X-Content-Type-Options"), name)
	}
}

func TestCheckBase(t *testing.T) {
	tests := []struct {
		base string
		ok   bool
	}{
		{"", true},
		{"/sipplay", true},
		{"/a/b", true},
		{"sipplay", false},
		{"/sipplay/", false},
		{"/", false},
		{"/a/../b", false},
		{"//x", false},
	}
	for _, tt := range tests {
		err := CheckBase(tt.base)
		assert.Equal(t, tt.ok, err == nil, "base %q: err %v", tt.base, err)
	}
}

func TestHandlerRejectsBadSetup(t *testing.T) {
	_, err := Handler(t.TempDir(), "sipplay/")
	assert.Error(t, err, "a base without a leading slash")
	_, err = Handler(filepath.Join(t.TempDir(), "missing"), "")
	assert.Error(t, err, "a missing directory")
}

func TestAcceptsEncoding(t *testing.T) {
	tests := []struct {
		header, coding string
		want           bool
	}{
		{"gzip, deflate, br", "br", true},
		{"gzip, deflate, br", "gzip", true},
		{"deflate", "gzip", false},
		{"GZIP;q=0.5", "gzip", true},
		{"gzip;q=0", "gzip", false},
		{"gzip; q=0.000", "gzip", false},
		{"", "gzip", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, acceptsEncoding(tt.header, tt.coding), "%q for %s", tt.header, tt.coding)
	}
}
