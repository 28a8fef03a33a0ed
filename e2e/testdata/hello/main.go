// Command hello is the go-app hello-world that sipplay's performance budgets
// are measured against: the smallest page go-app v9 can show, built and
// served exactly like the real site.
//
//	make wasm PKG=./e2e/testdata/hello OUT=DIR/web/app.wasm
//	go run ./e2e/testdata/hello -out DIR
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// hello renders one heading.
type hello struct{ app.Compo }

func (h *hello) Render() app.UI {
	return app.H1().Attr("data-testid", "hello").Text("Hello, world")
}

// icon is a local icon, so that the page loads nothing from another origin.
const icon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 192 192"><rect width="192" height="192" fill="#444"/></svg>`

func main() {
	app.Route("/", &hello{})
	app.RunWhenOnBrowser()

	out := flag.String("out", "dist", "the directory to write the static site to")
	flag.Parse()
	if err := generate(*out); err != nil {
		fmt.Fprintln(os.Stderr, "hello:", err)
		os.Exit(1)
	}
}

// generate writes the static site into out; out/web/app.wasm is built
// separately.
func generate(out string) error {
	if err := os.MkdirAll(filepath.Join(out, "web"), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "web", "icon.svg"), []byte(icon), 0o644); err != nil {
		return err
	}
	err := app.GenerateStaticWebsite(out, &app.Handler{
		Name:  "Hello",
		Title: "Hello",
		Icon:  app.Icon{Default: "/web/icon.svg", SVG: "/web/icon.svg"},
	})
	if err != nil {
		return err
	}
	// Ship the toolchain's wasm_exec.js, as the real site does.
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return fmt.Errorf("finding GOROOT: %w", err)
	}
	src, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "wasm_exec.js"), src, 0o644)
}
