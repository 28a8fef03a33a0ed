package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
)

// Fields renders labelled controls for the common fields, then the rest
// under a "More" disclosure whose summary has data-testid more. Each
// control's id and data-testid is prefix+name and its action act+name: a
// select when the spec lists allowed values, a text (or password) input
// otherwise. The markup depends on the specs only, never on the values
// (Sync sets those), so typing never rebuilds a control.
func Fields(prefix, act string, common, rest []view.Field, more string) app.UI {
	s := `<div class="fields"><div class="grid">` + fieldList(prefix, act, common) + `</div>`
	if len(rest) > 0 {
		s += `<details class="more"><summary data-testid="` + more + `">More</summary><div class="grid">` +
			fieldList(prefix, act, rest) + `</div></details>`
	}
	return app.Raw(s + `</div>`)
}

func fieldList(prefix, act string, fs []view.Field) string {
	s := ""
	for _, f := range fs {
		s += field(prefix+f.Name, act+f.Name, f.Spec)
	}
	return s
}

// field returns one labelled control's markup.
func field(id, act string, sp view.Spec) string {
	attrs := ` id="` + esc(id) + `" data-testid="` + esc(id) + `" data-act="` + esc(act) + `"`
	s := `<div class="field"><label for="` + esc(id) + `">` + esc(sp.Name) + `</label>`
	if sp.Options != nil {
		s += `<select` + attrs + `><option value="">(omitted)</option>`
		for _, o := range sp.Options {
			s += `<option>` + esc(o) + `</option>`
		}
		return s + `</select></div>`
	}
	typ := "text"
	if sp.Secret {
		typ = "password"
	}
	return s + `<input type="` + typ + `"` + attrs + ` spellcheck="false" autocomplete="off"></div>`
}
