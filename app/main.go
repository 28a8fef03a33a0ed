// Command app is the sipplay playground: in the browser (GOOS=js
// GOARCH=wasm) it runs the page; natively it generates the static site.
//
// Build the client:
//
//	GOOS=js GOARCH=wasm go build -o DIR/web/app.wasm ./app
//
// Then generate the site around it:
//
//	go run ./app -out DIR [-base /sub/path] [-wasm DIR/web/app.wasm]
//
// This writes DIR/index.html, app.js, app-worker.js, manifest.webmanifest,
// app.css, the toolchain's wasm_exec.js (not go-app's embedded copy) and
// copies web/ (CSS, icons) into DIR/web/. -base prefixes every asset, link,
// the manifest's scope and the service worker for hosting under a sub-path.
// The service worker's version is a hash of the wasm file, so a deploy
// reaches returning visitors. The page loads nothing from another origin.
package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

func main() {
	app.Route("/", &page{})
	// A static host serves the same page at /index.html; a regexp route is
	// not written out as a second file by the generator.
	app.RouteWithRegexp(`^/index\.html$`, &page{})
	app.RunWhenOnBrowser()
	generate()
}
