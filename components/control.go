package components

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
)

// ControlKind says which element a Control is.
type ControlKind int

// The kinds of Control.
const (
	TextInput ControlKind = iota // <input type=text>, or type=password for a secret field
	Select                       // <select> offering "(omitted)" and the field's options
	TextArea                     // <textarea>
)

// A Control is one text-valued form control whose value comes from the
// render: after a render that changed Field.Value, the element's live
// value is set when it differs from it. So typing, which is already in the
// element, is never reset or moved, and a value changed elsewhere (a fix,
// an example, a link, the builder) shows at once. (go-app's own Value
// attribute is not used: it trims spaces and compares with the value it set
// last, not with the element's.)
type Control struct {
	app.Compo
	Type        ControlKind
	Field       view.Field  // ID (also the data-testid), Value, Options, Secret, Invalid
	Act         view.Action // performed with the new value on each input
	On          Handler     // nil for a read-only control
	Class       string
	Describedby string // the id of the element describing the control
	Layered     bool   // a textarea over a highlighted layer, which scrolls with it
	OneLine     bool   // a textarea for one line: Enter inserts no newline
}

// The editors' inline handlers. They change nothing in the page state, so
// they are plain JavaScript attributes: as go-app handlers, every scroll,
// pointer move and key would make go-app render the page.
const (
	// syncScroll keeps the highlighted layer under an editor's textarea
	// scrolled with it.
	syncScroll = "var p=this.previousElementSibling;p.scrollTop=this.scrollTop;p.scrollLeft=this.scrollLeft"
	// hoverMessage gives the textarea, as its title (the tooltip), the
	// message of the finding whose underline (a .diag span of the layer)
	// is under the pointer, from the findings list of the same pane.
	hoverMessage = "var t='',x=event.clientX,y=event.clientY;" +
		"for(const s of this.previousElementSibling.querySelectorAll('.diag'))for(const r of s.getClientRects())" +
		"if(x>=r.left&&x<=r.right&&y>=r.top&&y<=r.bottom){" +
		"const m=this.closest('section').querySelector('li[data-code=\"'+CSS.escape(s.dataset.code)+'\"] .msg');if(m)t=m.textContent}" +
		"if(this.title!==t)this.title=t"
	// noNewline keeps a one-line editor on one line.
	noNewline = "if(event.key==='Enter')event.preventDefault()"
)

// Render shows the control. Its value is part of the markup only on the
// server, so that the pre-rendered page shows it; in the browser show sets it.
func (c *Control) Render() app.UI {
	f := c.Field
	switch c.Type {
	case Select:
		opts := make([]app.UI, 0, len(f.Options)+1)
		opts = append(opts, app.Option().Value("").Text("(omitted)"))
		for _, o := range f.Options {
			opt := app.Option().Value(o).Text(o)
			if app.IsServer && o == f.Value {
				opt = opt.Selected(true)
			}
			opts = append(opts, opt)
		}
		sel := app.Select().ID(f.ID).DataSet("testid", f.ID).Aria("invalid", f.Invalid).OnChange(c.onInput)
		if c.Describedby != "" {
			sel = sel.Aria("describedby", c.Describedby)
		}
		return sel.Body(opts...)
	case TextArea:
		ta := app.Textarea().ID(f.ID).DataSet("testid", f.ID).Class(c.Class).Aria("invalid", f.Invalid).Spellcheck(false).
			Attr("autocomplete", "off").Attr("autocapitalize", "off").Attr("autocorrect", "off")
		if c.Describedby != "" {
			ta = ta.Aria("describedby", c.Describedby)
		}
		if c.Layered {
			ta = ta.Attr("onscroll", syncScroll).Attr("onmousemove", hoverMessage)
		}
		if c.OneLine {
			ta = ta.Attr("onkeydown", noNewline)
		}
		if c.On == nil {
			ta = ta.ReadOnly(true).Rows(3)
		} else {
			ta = ta.OnInput(c.onInput)
		}
		if app.IsServer {
			ta = ta.Body(app.Text(f.Value))
		}
		return ta
	}
	typ := "text"
	if f.Secret {
		typ = "password"
	}
	in := app.Input().Type(typ).ID(f.ID).DataSet("testid", f.ID).Aria("invalid", f.Invalid).
		Spellcheck(false).Attr("autocomplete", "off").OnInput(c.onInput)
	if c.Describedby != "" {
		in = in.Aria("describedby", c.Describedby)
	}
	if app.IsServer && !f.Secret {
		in = in.Value(f.Value)
	}
	return in
}

// OnMount gives the new element its value.
func (c *Control) OnMount(ctx app.Context) { c.show() }

// OnUpdate gives the element the value of the render that updated it.
func (c *Control) OnUpdate(ctx app.Context) { c.show() }

// show sets the element's live value when it differs from Field.Value.
func (c *Control) show() {
	if app.IsServer {
		return
	}
	e := c.JSValue()
	if e.Get("value").String() != c.Field.Value {
		e.Set("value", c.Field.Value)
	}
}

// onInput performs the control's action with the element's new value.
func (c *Control) onInput(ctx app.Context, e app.Event) {
	if c.On != nil {
		c.On.Act(ctx, c.Act, e.Get("target").Get("value").String())
	}
}
