// Command without is BenchmarkChromaWasmSize's program without package highlight:
// the same go-app page as ./with, showing the text unhighlighted.
package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/sipuri"
)

type page struct {
	app.Compo
	src string
}

func (p *page) Render() app.UI {
	d := []sipuri.Diagnostic{{Start: 1, End: 2, Code: p.src}}
	return app.Pre().Body(
		app.Raw("<code>"+d[0].Code+"</code>"),
		app.Raw("<code>"+p.src+"</code>"),
		app.Raw("<code>"+p.src+"</code>"),
		app.Raw("<code>"+p.src+"</code>"),
	)
}

func main() {
	app.Route("/", &page{src: app.Window().URL().Fragment})
	app.RunWhenOnBrowser()
}
