package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
)

// Field renders one labelled form control with data-testid id: a select
// when the field has allowed values, a text (or password) input otherwise.
func Field(id string, f view.Field, onChange func(ctx app.Context, v string)) app.UI {
	var control app.UI
	if f.Options != nil {
		control = app.Select().ID(id).DataSet("testid", id).Aria("invalid", f.Invalid).
			OnChange(func(ctx app.Context, e app.Event) { onChange(ctx, value(ctx)) }, id).
			Body(
				app.Option().Value("").Selected(f.Value == "").Text("(omitted)"),
				app.Range(f.Options).Slice(func(i int) app.UI {
					o := f.Options[i]
					return app.Option().Value(o).Selected(o == f.Value).Text(o)
				}),
			)
	} else {
		typ := "text"
		if f.Secret {
			typ = "password"
		}
		control = app.Input().Type(typ).ID(id).DataSet("testid", id).Value(f.Value).
			Spellcheck(false).Attr("autocomplete", "off").Aria("invalid", f.Invalid).
			OnInput(func(ctx app.Context, e app.Event) { onChange(ctx, value(ctx)) }, id)
	}
	return app.Div().Class("field").Body(
		app.Label().For(id).Text(f.Name),
		control,
	)
}

// Fields renders common fields, then the rest under a "More" disclosure
// whose summary has data-testid more.
func Fields(prefix string, common, rest []view.Field, more string, onChange func(ctx app.Context, name, v string)) app.UI {
	one := func(f view.Field) app.UI {
		name := f.Name
		return Field(prefix+name, f, func(ctx app.Context, v string) { onChange(ctx, name, v) })
	}
	return app.Div().Class("fields").Body(
		app.Div().Class("grid").Body(app.Range(common).Slice(func(i int) app.UI { return one(common[i]) })),
		app.If(len(rest) > 0, app.Details().Class("more").Body(
			app.Summary().DataSet("testid", more).Text("More"),
			app.Div().Class("grid").Body(app.Range(rest).Slice(func(i int) app.UI { return one(rest[i]) })),
		)),
	)
}
