package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
)

// Field renders one labelled form control with data-testid id: a select
// when the field has allowed values, a text (or password) input otherwise.
func Field(id string, f view.Field, onChange func(ctx app.Context, v string)) app.UI {
	h := func(ctx app.Context, e app.Event) { onChange(ctx, value(ctx)) }
	var control app.UI
	if f.Options != nil {
		opts := make([]app.UI, len(f.Options)+1)
		opts[0] = el("option", "value", "", "selected", boolean(f.Value == "")).Body(app.Text("(omitted)"))
		for i, o := range f.Options {
			opts[i+1] = el("option", "value", o, "selected", boolean(o == f.Value)).Body(app.Text(o))
		}
		control = el("select", "id", id, "data-testid", id, "aria-invalid", boolean(f.Invalid)).
			On("change", h, id).Body(opts...)
	} else {
		typ := "text"
		if f.Secret {
			typ = "password"
		}
		control = void("input", "type", typ, "id", id, "data-testid", id, "value", f.Value,
			"spellcheck", "false", "autocomplete", "off", "aria-invalid", boolean(f.Invalid)).
			On("input", h, id)
	}
	return el("div", "class", "field").Body(
		el("label", "for", id).Body(app.Text(f.Name)),
		control,
	)
}

// Fields renders common fields, then the rest under a "More" disclosure
// whose summary has data-testid more.
func Fields(prefix string, common, rest []view.Field, more string, onChange func(ctx app.Context, name, v string)) app.UI {
	list := func(fs []view.Field) app.UI {
		out := make([]app.UI, len(fs))
		for i, f := range fs {
			name := f.Name
			out[i] = Field(prefix+name, f, func(ctx app.Context, v string) { onChange(ctx, name, v) })
		}
		return el("div", "class", "grid").Body(out...)
	}
	details := when(len(rest) > 0, func() app.UI {
		return el("details", "class", "more").Body(
			el("summary", "data-testid", more).Body(app.Text("More")),
			list(rest),
		)
	})
	return el("div", "class", "fields").Body(list(common), details)
}
