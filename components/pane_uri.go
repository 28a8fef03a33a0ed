package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
	"github.com/sipplay/sipplay/internal/state"
)

// URIPane renders pane 1: the URI editor, its status, findings and
// explanation. As a component of its own it is rendered again only when
// its fields change, not on every keystroke elsewhere.
type URIPane struct {
	app.Compo
	URI     view.Editor
	Explain []view.Row
	On      Handler
}

// Render shows the pane.
func (c *URIPane) Render() app.UI {
	return app.Div().Body(
		Editor(EditorView{ID: "uri-input", Label: "SIP URI", Ed: c.URI, Act: view.Action{Kind: view.ActURI},
			StatusID: "uri-status", Rows: 2, OneLine: true}, c.On),
		app.Div().Class("status-row").Body(app.Span().Class("status-label").Text("Status:"), Status("uri-status", c.URI)),
		app.H3().Text("Findings"),
		Diagnostics("uri-diagnostics", state.PaneURI, c.URI.Items, "uri-input", c.On),
		Explain(c.Explain),
	)
}
