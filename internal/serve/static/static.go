// Package static serves a built static site, such as sipplay's dist/
// directory, the way a plain static host does: files only, with the MIME
// types a go-app site needs, optionally under a URL prefix like /sipplay.
package static

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path"
	"strings"
	"time"
)

// types maps a file extension to the Content-Type it is served with. The
// table is explicit so that the answer never depends on the machine's
// /etc/mime.types: browsers compile .wasm streamed only as application/wasm.
var types = map[string]string{
	".css":         "text/css; charset=utf-8",
	".gif":         "image/gif",
	".html":        "text/html; charset=utf-8",
	".ico":         "image/x-icon",
	".jpeg":        "image/jpeg",
	".jpg":         "image/jpeg",
	".js":          "text/javascript; charset=utf-8",
	".json":        "application/json",
	".map":         "application/json",
	".png":         "image/png",
	".svg":         "image/svg+xml",
	".txt":         "text/plain; charset=utf-8",
	".wasm":        "application/wasm",
	".webmanifest": "application/manifest+json",
	".webp":        "image/webp",
	".woff2":       "font/woff2",
	".xml":         "application/xml",
}

// ContentType returns the Content-Type for a file name, or
// "application/octet-stream" when its extension is not known.
func ContentType(name string) string {
	if t, ok := types[strings.ToLower(path.Ext(name))]; ok {
		return t
	}
	return "application/octet-stream"
}

// CheckBase reports whether base is a valid URL prefix: "" (the root), or a
// path that starts with "/", does not end with "/", and is already clean,
// like "/sipplay".
func CheckBase(base string) error {
	if base == "" {
		return nil
	}
	if !strings.HasPrefix(base, "/") || strings.HasSuffix(base, "/") || path.Clean(base) != base {
		return fmt.Errorf("base %q: want \"\" or a clean path like /sipplay (leading slash, no trailing slash)", base)
	}
	return nil
}

// Handler returns a handler that serves the files under dir at the URL
// prefix base ("" or a path like "/sipplay"; see CheckBase). A directory is
// served as its index.html; there are no directory listings. A request for
// base itself, or for "/" when base is set, is redirected to base + "/".
// A file "x.br" or "x.gz" next to "x" is sent instead of it, with the
// matching Content-Encoding, to clients that accept that encoding.
func Handler(dir, base string) (http.Handler, error) {
	if err := CheckBase(base); err != nil {
		return nil, err
	}
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("site directory: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("site directory %s: not a directory", dir)
	}
	return &handler{fsys: os.DirFS(dir), base: base}, nil
}

// handler is the http.Handler that Handler returns.
type handler struct {
	fsys fs.FS
	base string
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := r.URL.Path
	if h.base != "" {
		if p == h.base || p == "/" {
			http.Redirect(w, r, h.base+"/", http.StatusFound)
			return
		}
		rest, ok := strings.CutPrefix(p, h.base+"/")
		if !ok {
			http.NotFound(w, r)
			return
		}
		p = "/" + rest
	}
	name := strings.TrimPrefix(path.Clean(p), "/")
	if name == "" {
		name = "."
	}
	if !fs.ValidPath(name) {
		http.NotFound(w, r)
		return
	}
	if st, err := fs.Stat(h.fsys, name); err == nil && st.IsDir() {
		name = path.Join(name, "index.html")
	}
	h.serveFile(w, r, name)
}

// serveFile sends the file name (a valid fs path), or a precompressed
// sibling of it, with conditional-request and range support.
func (h *handler) serveFile(w http.ResponseWriter, r *http.Request, name string) {
	hdr := w.Header()
	hdr.Set("Content-Type", ContentType(name))
	hdr.Set("X-Content-Type-Options", "nosniff")
	hdr.Set("Cache-Control", "no-cache")

	f, st, err := h.open(name)
	if err != nil {
		hdr.Del("Content-Type")
		if errors.Is(err, fs.ErrNotExist) {
			http.NotFound(w, r)
			return
		}
		http.Error(w, "cannot read file", http.StatusInternalServerError)
		return
	}
	defer f.Close()

	modtime := st.ModTime()
	accept := r.Header.Get("Accept-Encoding")
	for _, enc := range []struct{ ext, name string }{{".br", "br"}, {".gz", "gzip"}} {
		if !acceptsEncoding(accept, enc.name) {
			continue
		}
		cf, cst, err := h.open(name + enc.ext)
		if err != nil {
			continue
		}
		defer cf.Close()
		hdr.Set("Content-Encoding", enc.name)
		hdr.Add("Vary", "Accept-Encoding")
		serveContent(w, r, cf, cst.ModTime())
		return
	}
	hdr.Add("Vary", "Accept-Encoding")
	serveContent(w, r, f, modtime)
}

// open opens a regular file of the site.
func (h *handler) open(name string) (fs.File, fs.FileInfo, error) {
	f, err := h.fsys.Open(name)
	if err != nil {
		return nil, nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	if !st.Mode().IsRegular() {
		f.Close()
		return nil, nil, fs.ErrNotExist
	}
	return f, st, nil
}

// serveContent sends f with http.ServeContent when it can seek, and as a
// plain copy otherwise.
func serveContent(w http.ResponseWriter, r *http.Request, f fs.File, modtime time.Time) {
	if rs, ok := f.(io.ReadSeeker); ok {
		http.ServeContent(w, r, "", modtime, rs)
		return
	}
	if r.Method == http.MethodHead {
		return
	}
	io.Copy(w, f)
}

// acceptsEncoding reports whether an Accept-Encoding header value lists
// coding with a non-zero quality.
func acceptsEncoding(header, coding string) bool {
	for part := range strings.SplitSeq(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), coding) {
			continue
		}
		q, ok := strings.CutPrefix(strings.ReplaceAll(params, " ", ""), "q=")
		if ok && strings.Trim(q, "0.") == "" {
			return false // q=0, q=0.0, q=0.000: explicitly refused
		}
		return true
	}
	return false
}
