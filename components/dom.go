package components

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// The page is built from go-app's one generic element type instead of its
// per-tag types: every per-tag type adds its whole method set to app.wasm,
// and one data-driven constructor keeps the code small.

// el returns the element tag with the attributes given as name, value pairs.
func el(tag string, attrs ...string) app.HTMLElem {
	e := app.Elem(tag)
	for i := 0; i+1 < len(attrs); i += 2 {
		e.Attr(attrs[i], attrs[i+1])
	}
	return e
}

// void returns the element tag without children (input, img) with the
// attributes given as name, value pairs.
func void(tag string, attrs ...string) app.HTMLElemSelfClosing {
	e := app.ElemSelfClosing(tag)
	for i := 0; i+1 < len(attrs); i += 2 {
		e.Attr(attrs[i], attrs[i+1])
	}
	return e
}

// text returns an element holding only the text s (escaped by go-app).
func text(tag, class, s string) app.UI {
	return el(tag, "class", class).Body(app.Text(s))
}

// button returns a button of type button that calls fn on click; scope
// tells go-app when the handler changed.
func button(label string, fn func(ctx app.Context), scope string, attrs ...string) app.UI {
	return el("button", append([]string{"type", "button"}, attrs...)...).
		On("click", func(ctx app.Context, e app.Event) { fn(ctx) }, scope).
		Body(app.Text(label))
}

// boolean formats an attribute value for go-app's boolean properties.
func boolean(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// when returns ui when b holds, else an empty text node, so that the
// siblings after it keep their positions and go-app never rebuilds them
// (a rebuilt textarea would lose focus while someone types).
func when(b bool, ui func() app.UI) app.UI {
	if b {
		return ui()
	}
	return app.Text("")
}
