package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
)

// URIPane renders pane 1: the URI editor, its status, findings and
// explanation.
func URIPane(p *view.Page) app.UI {
	return el("div").Body(
		Editor("uri-input", "uri", "SIP URI", p.URI, "", "uri-status", 2),
		el("div", "class", "status-row").Body(app.Raw(`<span class="status-label">Status:</span>`), Status("uri-status", p.URI)),
		app.Raw(`<h3>Findings</h3>`),
		Diagnostics("uri-diagnostics", "uri", p.URI.Items),
		Explain(p.Explain),
	)
}
