package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
)

// URIPane renders pane 1: the URI editor, its status, findings and
// explanation. As a component of its own it is rendered again only when
// its fields change, not on every keystroke elsewhere.
type URIPane struct {
	app.Compo
	URI     view.Editor
	Explain []view.Row
}

// Render shows the pane.
func (c *URIPane) Render() app.UI {
	return el("div").Body(
		Editor("uri-input", "uri", "SIP URI", c.URI, "", "uri-status", 2),
		el("div", "class", "status-row").Body(app.Raw(`<span class="status-label">Status:</span>`), Status("uri-status", c.URI)),
		app.Raw(`<h3>Findings</h3>`),
		Diagnostics("uri-diagnostics", "uri", c.URI.Items),
		Explain(c.Explain),
	)
}
