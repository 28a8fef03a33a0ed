package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
)

// Fields renders labelled controls for the common fields, then the rest
// under a "More" disclosure whose summary has data-testid MoreID; its
// controls exist only while it is open, and it opens by itself while one of
// them holds a value or an error. Each
// control's id and data-testid is its field's ID, and it performs Act, with
// Name set to the field's name, with its new value: a select when the field
// lists allowed values, a text (or password) input otherwise. As a
// component of its own it is rendered again only when its fields change,
// not on every keystroke elsewhere.
type Fields struct {
	app.Compo
	Common, More []view.Field
	Act          view.Action
	On           Handler
	MoreID       string

	more disclosure
}

// Render shows the fields.
func (c *Fields) Render() app.UI {
	body := []app.UI{app.Div().Class("grid").Body(fieldList(c.Common, c.Act, c.On)...)}
	if len(c.More) > 0 {
		body = append(body, c.more.details(app.Details().Class("more"),
			app.Summary().DataSet("testid", c.MoreID).Text("More"), anyFilled(c.More),
			func() []app.UI { return []app.UI{app.Div().Class("grid").Body(fieldList(c.More, c.Act, c.On)...)} }))
	}
	return app.Div().Class("fields").Body(body...)
}

// fieldList renders fs, each performing act with Name set to its name.
func fieldList(fs []view.Field, act view.Action, on Handler) []app.UI {
	out := make([]app.UI, len(fs))
	for i, f := range fs {
		act.Name = f.Name
		out[i] = field(f, act, on)
	}
	return out
}

// field renders one labelled control.
func field(f view.Field, a view.Action, on Handler) app.UI {
	kind := TextInput
	if f.Options != nil {
		kind = Select
	}
	if f.Message == "" {
		return app.Div().Class("field").Body(
			app.Label().For(f.ID).Text(f.Name),
			&Control{Type: kind, Field: f, Act: a, On: on},
		)
	}
	// The field's error beside it, and as its description.
	msg := f.ID + "-error"
	return app.Div().Class("field invalid").Body(
		app.Label().For(f.ID).Text(f.Name),
		&Control{Type: kind, Field: f, Act: a, On: on, Describedby: msg},
		app.Span().ID(msg).DataSet("testid", msg).Class("field-error").Text(f.Message),
	)
}
