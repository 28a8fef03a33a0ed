// Command with is BenchmarkChromaWasmSize's program that uses package highlight:
// a go-app page, like the playground, that shows highlighted text.
package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/highlight"
	"github.com/sipplay/sipplay/sipuri"
)

type page struct {
	app.Compo
	src string
}

func (p *page) Render() app.UI {
	d := []sipuri.Diagnostic{{Start: 1, End: 2, Code: p.src}}
	return app.Pre().Body(
		app.Raw("<code>"+highlight.TwiML(p.src, d)+"</code>"),
		app.Raw("<code>"+highlight.URI(p.src, d)+"</code>"),
		app.Raw("<code>"+highlight.Bash(p.src)+"</code>"),
		app.Raw("<code>"+highlight.JSON(p.src)+"</code>"),
	)
}

func main() {
	app.Route("/", &page{src: app.Window().URL().Fragment})
	app.RunWhenOnBrowser()
}
