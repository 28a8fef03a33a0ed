// Package components holds the playground's go-app components and the
// markup around them. Each renders a view model computed by package view;
// controls name their action in data-act and the page (package main)
// handles every event in one place, so no component holds page state.
package components

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// The page is built small: go-app's one generic element type for the nodes
// that hold typed text or must keep their identity (editors), and markup
// strings for the static structure around them. Per-tag go-app types and
// per-control handlers would each add code to app.wasm; instead every
// control names its action in data-act and the page listens once.
//
// Markup strings hold only this program's own text (names, labels,
// statuses), escaped all the same; text a person typed always goes through
// go-app's escaping text nodes or attribute setters, or is highlight's
// escaped output.

// el returns the element tag with the attributes given as name, value pairs.
func el(tag string, attrs ...string) app.HTMLElem {
	e := app.Elem(tag)
	for i := 0; i+1 < len(attrs); i += 2 {
		e.Attr(attrs[i], attrs[i+1])
	}
	return e
}

// txt returns an element holding only the text s, escaped by go-app.
func txt(tag, class, s string) app.UI {
	return el(tag, "class", class).Body(app.Text(s))
}

// when returns ui() when b holds, else an empty text node, so that the
// siblings after it keep their positions and go-app never rebuilds them
// (a rebuilt textarea would lose focus while someone types).
func when(b bool, ui func() app.UI) app.UI {
	if b {
		return ui()
	}
	return app.Text("")
}

// esc escapes s for markup text and quoted attribute values: & < > " '.
// (html.EscapeString would pull strings.Replacer into app.wasm.)
func esc(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		var r string
		switch s[i] {
		case '&':
			r = "&amp;"
		case '<':
			r = "&lt;"
		case '>':
			r = "&gt;"
		case '"':
			r = "&#34;"
		case '\'':
			r = "&#39;"
		default:
			if b != nil {
				b = append(b, s[i])
			}
			continue
		}
		if b == nil {
			b = append(make([]byte, 0, len(s)+16), s[:i]...)
		}
		b = append(b, r...)
	}
	if b == nil {
		return s
	}
	return string(b)
}

// boolean formats an attribute value.
func boolean(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// btn returns the markup of a button that performs act.
func btn(label, act, testid, class, aria string, disabled bool) string {
	s := `<button type="button" data-act="` + esc(act) + `"`
	if testid != "" {
		s += ` data-testid="` + esc(testid) + `"`
	}
	if class != "" {
		s += ` class="` + class + `"`
	}
	if aria != "" {
		s += ` aria-label="` + esc(aria) + `" title="` + esc(aria) + `"`
	}
	if disabled {
		s += ` disabled`
	}
	return s + `>` + esc(label) + `</button>`
}

// itoa formats a small non-negative int without strconv's tables.
func itoa(n int) string {
	if n <= 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
