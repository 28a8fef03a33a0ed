package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
)

// URIPane renders pane 1: the URI editor, its status, findings and
// explanation.
func URIPane(p *view.Page, a Actions) app.UI {
	return el("div").Body(
		Editor("uri-input", "SIP URI", p.URI, "", "uri-status", 2, a.URI),
		el("div", "class", "status-row").Body(text("span", "status-label", "Status:"), Status("uri-status", p.URI)),
		text("h3", "", "Findings"),
		Diagnostics("uri-diagnostics", "uri", p.URI.Items, a),
		Explain(p.Explain),
	)
}
