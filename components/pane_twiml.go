package components

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/components/view"
	"github.com/sipplay/sipplay/internal/state"
)

// TwiMLPane renders pane 2: the <Dial> builder with its <Sip> nouns, then
// the document itself, highlighted and editable, with its findings and a
// copy button. The tabs say which side leads: on "Builder" the document is
// the builder's; on "Edit XML" (chosen by the tab or by typing into the
// document) it is exactly what was typed, with a larger editor, and the
// builder is refilled whenever the document maps onto a <Dial>. Nothing is
// ever hidden, so typing never moves the editor. As a component of its own
// it is rendered again only when its fields change.
type TwiMLPane struct {
	app.Compo
	XMLMode              bool
	Doc                  view.Editor
	ParseNote            string
	ReadOnly             bool // the document does not parse: the builder cannot edit it
	SipLinked            bool // <Sip> 1 follows pane 1's URI
	DialCommon, DialMore []view.Field
	Nouns                []view.SipNoun
	NounsHidden          int    // the document's nouns past Nouns, left to the document
	Copied               string // the copy button's label after a copy
	On                   Handler
}

// Render shows the pane.
func (c *TwiMLPane) Render() app.UI {
	n := len(c.Nouns)
	nouns := make([]app.UI, n)
	for i := range c.Nouns {
		nouns[i] = &SipNoun{Index: i, Count: n, Noun: c.Nouns[i], Linked: i == 0 && c.SipLinked, On: c.On}
	}
	rows := strings.Count(c.Doc.Text, "\n") + 1
	if c.XMLMode {
		rows = max(rows, 16)
	}
	return app.Div().Body(
		app.Div().Role("tablist").Aria("label", "TwiML editing mode").Class("subtabs").Body(
			modeTab(0, c.XMLMode, c.On), modeTab(1, c.XMLMode, c.On),
		),
		// The builder is a view of the document: while the document does
		// not parse, it is disabled, and the note says why.
		readOnly(app.FieldSet().Class("builder").DataSet("testid", "builder"), c.ReadOnly).Body(
			app.FieldSet().Body(
				app.Legend().Text("<Dial> attributes"),
				&Fields{Common: c.DialCommon, More: c.DialMore, Act: view.Action{Kind: view.ActDial}, On: c.On, MoreID: "dial-more"},
			),
			app.Div().Class("nouns").Body(nouns...),
			hiddenNouns(c.NounsHidden),
			actButton(disabled(app.Button().DataSet("testid", "sip-add").Class("add").Text("Add <Sip>"), n >= view.MaxSips),
				view.Action{Kind: view.ActSipAdd}, c.On),
		),
		parseNote(c.ParseNote),
		app.Div().Class("out-head").Body(
			app.H3().Text("Document"),
			Status("twiml-status", c.Doc),
			copyButton(OutTwiML, "Copy TwiML", c.Copied, c.On),
		),
		Editor(EditorView{ID: "twiml-input", Label: "TwiML (editing it refills the builder)", Ed: c.Doc,
			Act: view.Action{Kind: view.ActXML}, OutputID: "twiml-output", StatusID: "twiml-status", Rows: rows}, c.On),
		app.H3().Text("Findings"),
		Diagnostics("twiml-diagnostics", state.PaneTwiML, c.Doc.Items, "twiml-input", c.On),
	)
}

// hiddenNouns says how many of the document's nouns the builder leaves to
// the document; nothing when it shows them all.
func hiddenNouns(n int) app.UI {
	if n == 0 {
		return app.Text("")
	}
	return app.P().DataSet("testid", "nouns-hidden").Class("note").Text("The builder shows the first " +
		strconv.Itoa(view.MaxSips) + " <Sip> nouns, the most one <Dial> holds; the other " + strconv.Itoa(n) +
		" are in the document below, where the findings name them.")
}

// parseNote says why the builder was not refilled from the document; it
// is hidden while there is nothing to say.
func parseNote(note string) app.UI {
	p := app.P().DataSet("testid", "twiml-parse-note").Class("note").Text(note)
	if note == "" {
		p = p.Hidden(true)
	}
	return p
}

// readOnly disables f and every control in it when off holds (left out
// rather than false, as disabled does).
func readOnly(f app.HTMLFieldSet, off bool) app.HTMLFieldSet {
	if off {
		return f.Disabled(true)
	}
	return f
}

// disabled disables b when off holds. (The attribute is left out rather
// than set to "false": go-app's pre-rendered HTML would write
// disabled="false", which a browser reads as disabled.)
func disabled(b app.HTMLButton, off bool) app.HTMLButton {
	if off {
		return b.Disabled(true)
	}
	return b
}

// modes are pane 2's editing modes, in the order of their tabs; a tab's
// element id is also its data-testid.
var modes = []struct {
	id, label string
	mode      state.TwiMLMode
}{
	{"twiml-mode-builder", "Builder", state.ModeBuilder},
	{"twiml-mode-xml", "Edit XML", state.ModeXML},
}

// modeTab renders the tab of mode i, in the ARIA tabs pattern (ariaTab).
func modeTab(i int, xmlMode bool, on Handler) app.UI {
	ids := make([]string, len(modes))
	for j, m := range modes {
		ids[j] = m.id
	}
	m := modes[i]
	b := app.Button().Class("subtab").DataSet("testid", m.id).Text(m.label)
	return actButton(ariaTab(b, m.id, ids, (m.mode == state.ModeXML) == xmlMode, func(ctx app.Context, next string) {
		for _, n := range modes {
			if n.id == next {
				on.Act(ctx, view.Action{Kind: view.ActMode, Mode: n.mode}, "")
			}
		}
	}), view.Action{Kind: view.ActMode, Mode: m.mode}, on)
}

// actButton makes b a plain button (type=button) that performs a when
// clicked. The action is the handler's go-app scope, so an element reused
// for another action gets a new handler.
func actButton(b app.HTMLButton, a view.Action, on Handler) app.HTMLButton {
	return b.Type("button").OnClick(func(ctx app.Context, e app.Event) { on.Act(ctx, a, "") }, a)
}

// SipNoun renders noun Index of Count in the builder: its tools, URI
// editor, status and fields. As a component of its own it is rendered again
// only when its fields change, not on every keystroke in another noun.
type SipNoun struct {
	app.Compo
	Index, Count int
	Noun         view.SipNoun
	Linked       bool // noun 1 follows pane 1's URI
	On           Handler
}

// Render shows the noun.
func (c *SipNoun) Render() app.UI {
	i, n, noun, on := c.Index, c.Count, c.Noun, c.On
	pre := "sip-" + strconv.Itoa(i) + "-"
	num := strconv.Itoa(i + 1)
	tool := func(label, testid, aria string, kind view.ActionKind, off bool) app.UI {
		b := app.Button().ID(testid).DataSet("testid", testid).Aria("label", aria).Title(aria).Text(label)
		return actButton(disabled(b, off), view.Action{Kind: kind, Sip: i}, on)
	}
	attr := view.Action{Kind: view.ActSip, Sip: i}
	uri := attr
	uri.Name = "uri"
	return app.FieldSet().Class("sip").Body(
		app.Legend().Text("<Sip> "+num),
		app.Div().Class("sip-tools").Body(
			tool("↑", pre+"up", "Move <Sip> "+num+" up", view.ActSipUp, i == 0),
			tool("↓", pre+"down", "Move <Sip> "+num+" down", view.ActSipDown, i == n-1),
			tool("Remove", pre+"remove", "Remove <Sip> "+num, view.ActSipRemove, n <= 1),
		),
		when(i == 0, func() app.UI { return link(c.Linked, on) }),
		Editor(EditorView{ID: pre + "uri", Label: "SIP URI of <Sip> " + num, Ed: noun.URI, Act: uri,
			StatusID: pre + "status", Rows: 1, OneLine: true}, on),
		app.Div().Class("status-row").Body(Status(pre+"status", noun.URI)),
		&Fields{Common: noun.Common, More: noun.More, Act: attr, On: on, MoreID: pre + "more"},
	)
}

// copyButton returns the copy button of out (data-testid copy-OUT); its
// label says "Copied" only after the browser confirmed the write.
func copyButton(out Output, aria, copied string, on Handler) app.UI {
	label := copied
	if label == "" {
		label = "Copy"
	} else {
		aria += ": " + label
	}
	return app.Button().Type("button").DataSet("testid", "copy-"+string(out)).Class("copy").
		Aria("label", aria).Title(aria).Text(label).
		OnClick(func(ctx app.Context, e app.Event) { on.Copy(ctx, out) }, string(out))
}

// link says whether <Sip> 1 follows pane 1's URI (data-testid sip-0-linked),
// or offers to make it follow again (sip-0-relink).
func link(linked bool, on Handler) app.UI {
	if linked {
		return app.P().DataSet("testid", "sip-0-linked").Class("hint linked").Text("Linked to pane 1: this URI follows the SIP URI until you edit it here.")
	}
	return actButton(app.Button().DataSet("testid", "sip-0-relink").Class("follow").Text("Link to pane 1: dial the SIP URI of pane 1"),
		view.Action{Kind: view.ActRelink}, on)
}
