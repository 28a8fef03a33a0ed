package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
)

// Fields renders labelled controls for the common fields, then the rest
// under a "More" disclosure whose summary has data-testid moreID. Each
// control's id and data-testid is its field's ID, and it performs act(name)
// with its new value: a select when the field lists allowed values, a text
// (or password) input otherwise.
func Fields(common, more []view.Field, act func(name string) view.Action, on Handler, moreID string) app.UI {
	body := []app.UI{app.Div().Class("grid").Body(fieldList(common, act, on)...)}
	if len(more) > 0 {
		body = append(body, app.Details().Class("more").Body(
			app.Summary().DataSet("testid", moreID).Text("More"),
			app.Div().Class("grid").Body(fieldList(more, act, on)...),
		))
	}
	return app.Div().Class("fields").Body(body...)
}

func fieldList(fs []view.Field, act func(name string) view.Action, on Handler) []app.UI {
	out := make([]app.UI, len(fs))
	for i, f := range fs {
		out[i] = field(f, act(f.Name), on)
	}
	return out
}

// field renders one labelled control.
func field(f view.Field, a view.Action, on Handler) app.UI {
	kind := TextInput
	if f.Options != nil {
		kind = Select
	}
	return app.Div().Class("field").Body(
		app.Label().For(f.ID).Text(f.Name),
		&Control{Type: kind, Field: f, Act: a, On: on},
	)
}
