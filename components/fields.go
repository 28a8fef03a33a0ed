package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
)

// Fields renders labelled controls for the common specs, then the rest
// under a "More" disclosure whose summary has data-testid more. Each
// control's id and data-testid is prefix+name and its action act+name: a
// select when the spec lists allowed values, a text (or password) input
// otherwise. The markup depends on the specs only, never on the values
// (Sync sets those), so typing never rebuilds a control; it is made once
// per prefix.
func Fields(prefix, act string, specs []view.Spec, more string) app.UI {
	s, ok := fieldsMarkup[prefix]
	if !ok {
		common, rest := "", ""
		for _, sp := range specs {
			if sp.Common {
				common += field(prefix+sp.Name, act+sp.Name, sp)
			} else {
				rest += field(prefix+sp.Name, act+sp.Name, sp)
			}
		}
		s = `<div class="fields"><div class="grid">` + common + `</div>`
		if rest != "" {
			s += `<details class="more"><summary data-testid="` + more + `">More</summary><div class="grid">` + rest + `</div></details>`
		}
		s += `</div>`
		fieldsMarkup[prefix] = s
	}
	return app.Raw(s)
}

// fieldsMarkup remembers Fields' markup by prefix.
var fieldsMarkup = map[string]string{}

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
