package components

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
	"github.com/sipplay/sipplay/callflow"
	"github.com/sipplay/sipplay/components/view"
	"github.com/sipplay/sipplay/internal/state"
)

// FlowView is the "What happens" view: what Twilio and the endpoint will
// exchange and every request the person's server will receive. It derives
// the flow only while it is shown, so typing costs nothing extra while it is
// closed. Its controls (outcome, duration, replay base, the chosen step)
// are its own: none of them enters the page state or a link.
type FlowView struct {
	app.Compo

	// Page is the page the flow is derived from, and State its state: the
	// parent sets both on every render. go-app re-renders a component when
	// a field changes, and Page is always the same pointer, so State is what
	// makes the flow follow every keystroke.
	Page  *view.Page
	State state.State
	// Tab says the view is the open tab (on a phone, the only pane shown);
	// it is then derived without being opened by its own button.
	Tab bool

	open   bool
	opts   view.FlowOptions
	copies map[string]string // copy button id → the text it copies, as last rendered
	copied string            // the copy button last used, e.g. "curl:7"
	copyOK bool
}

// OnInit starts with the first webhook chosen.
func (c *FlowView) OnInit() { c.opts.Selected = -1 }

// outcomeLabels describes each outcome in the selector.
var outcomeLabels = map[callflow.Outcome]string{
	callflow.Answered:    "Answered (200 OK)",
	callflow.Busy:        "Busy (486 Busy Here)",
	callflow.Declined:    "Declined (603 Decline)",
	callflow.NotFound:    "Not found (404)",
	callflow.NoAnswer:    "No answer (timeout, CANCEL, 487)",
	callflow.Unreachable: "Unreachable (no response)",
}

// Render draws the view: closed, a button to open it; shown, the controls,
// the ladder, the chosen step, the INVITE and the webhooks.
func (c *FlowView) Render() app.UI {
	shown := c.open || c.Tab
	label, cls := "Show what happens", "flow"
	if shown {
		label = "Hide"
	}
	if c.Tab {
		cls += " open"
	}
	head := app.Div().Class("flow-head").Body(
		app.H2().ID("h-flow").Text("4. What happens when it runs"),
		app.Button().Type("button").Class("flow-toggle").Aria("expanded", shown).Aria("controls", "flow-body").
			DataSet("testid", "flow-toggle").OnClick(c.toggle).Text(label),
	)
	sec := app.Section().ID("pane-flow").Class(cls).Aria("labelledby", "h-flow").DataSet("testid", "flow")
	if !shown || c.Page == nil {
		return sec.Body(head, app.P().Class("note").Text(
			"The SIP messages Twilio and your endpoint exchange, and every request your server receives, with signatures and replay commands."))
	}
	v := view.FlowOf(c.Page, c.opts)
	c.copies = map[string]string{}
	sentences := make([]string, len(v.Arrows))
	for i := range v.Arrows {
		sentences[i] = stepSentence(&v.Arrows[i])
	}
	side := []app.UI{c.detail(&v), c.invite(&v), app.H3().Text("Requests your server receives")}
	if len(v.Webhooks) == 0 {
		side = append(side, note("None: set a Url, a statusCallback, a <Dial action> or another callback to see them."))
	}
	for i := range v.Webhooks {
		side = append(side, c.webhook(&v, &v.Webhooks[i]))
	}
	return sec.Body(head, app.Div().ID("flow-body").Body(
		c.controls(&v),
		app.Ul().Class("flow-notes").Body(items(v.Notes)...),
		app.Div().Class("flow-main").Body(
			app.Div().Body(
				c.ladder(&v, sentences),
				app.Ol().Class("sr-only").Aria("label", "The steps in order").Body(items(sentences)...),
			),
			app.Div().Class("flow-side").Body(side...),
		),
	))
}

// items returns one list item per text.
func items(texts []string) []app.UI {
	out := make([]app.UI, len(texts))
	for i, t := range texts {
		out[i] = app.Li().Text(t)
	}
	return out
}

// note returns a paragraph of secondary text.
func note(s string) app.UI { return app.P().Class("note").Text(s) }

// warning returns a paragraph saying what is wrong, or nothing.
func warning(s string) app.UI {
	if s == "" {
		return app.Text("")
	}
	return app.P().Class("warn").Text(upperFirst(s))
}

// stepSentence is an arrow in words, with what it depends on.
func stepSentence(a *view.FlowArrow) string {
	s := a.Text
	if a.Note != "" {
		s += ". " + a.Note
	}
	if a.Only != "" {
		s += " (" + a.Only + ")"
	}
	if a.Blocked != "" {
		s += " Note: " + a.Blocked + "."
	}
	return s
}

// controls are the outcome selector, the duration and the replay base.
func (c *FlowView) controls(v *view.Flow) app.UI {
	token := "Signed with the auth token from pane 3."
	if !v.Signed {
		token = "Enter your auth token in pane 3 to see X-Twilio-Signature; it stays in this page."
	}
	options := make([]app.UI, len(callflow.Outcomes))
	for i, o := range callflow.Outcomes {
		options[i] = app.Option().Value(string(o)).Selected(o == v.Outcome).Text(outcomeLabels[o])
	}
	duration := app.UI(app.Text(""))
	if v.Outcome == callflow.Answered {
		duration = labelled("flow-duration", "Call lasts (seconds)", v.DurationError,
			app.Input().ID("flow-duration").Aria("invalid", v.DurationError != "").Type("number").Min(1).Max(14400).
				Placeholder("30").Value(v.Duration).OnInput(c.setDuration))
	}
	return app.Div().Class("flow-controls").Body(
		labelled("flow-outcome", "The endpoint", "",
			app.Select().ID("flow-outcome").DataSet("testid", "flow-outcome").OnChange(c.setOutcome).Body(options...)),
		duration,
		labelled("flow-replay-base", "Replay to", v.ReplayError,
			app.Input().ID("flow-replay-base").DataSet("testid", "flow-replay-base").Aria("invalid", v.ReplayError != "").
				Type("url").Placeholder(callflow.DefaultReplayBase).Value(v.ReplayBase).OnInput(c.setReplayBase)),
		app.P().Class("note flow-token").Text(token),
	)
}

// labelled returns a control with its label and what is wrong with it; id
// is the control's id.
func labelled(id, label, problem string, control app.UI) app.UI {
	return app.Div().Class("field").Body(app.Label().For(id).Text(label), control, warning(problem))
}

// The SVG namespace: go-app creates elements of another namespace when told.
const svgNS = "http://www.w3.org/2000/svg"

// svg returns an SVG element with the attributes given as name, value pairs.
func svg(tag string, attrs ...string) app.HTMLElem {
	e := app.Elem(tag).XMLNS(svgNS)
	for i := 0; i+1 < len(attrs); i += 2 {
		e = e.Attr(attrs[i], attrs[i+1])
	}
	return e
}

// clip shortens s to at most n characters, the last of them "…" when it
// cut; it cuts between characters, never inside one.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// ladder draws the lanes and one focusable arrow per step.
func (c *FlowView) ladder(v *view.Flow, sentences []string) app.UI {
	itoa, bottom := strconv.Itoa, strconv.Itoa(v.Height-4)
	parts := make([]app.UI, 0, 3*len(v.Lanes)+len(v.Arrows))
	for _, l := range v.Lanes {
		x, sub := itoa(l.X), clip(l.Sub, 26)
		parts = append(parts,
			svg("text", "x", x, "y", "14", "text-anchor", "middle", "font-weight", "600", "font-size", "10.5").Text(l.Title),
			svg("text", "x", x, "y", "27", "text-anchor", "middle", "font-size", "8", "opacity", "0.75").
				Body(svg("title").Text(l.Sub), app.Text(sub)),
			svg("line", "x1", x, "x2", x, "y1", "34", "y2", bottom, "stroke-opacity", "0.35"),
		)
	}
	for i := range v.Arrows {
		parts = append(parts, c.arrow(&v.Arrows[i], sentences[i]))
	}
	return app.Div().Class("flow-ladder").Body(
		svg("svg", "viewBox", "0 0 "+itoa(v.Width)+" "+itoa(v.Height), "width", "100%", "role", "group",
			"aria-label", "Ladder diagram: "+itoa(len(v.Arrows))+" steps; choose one to see it in full", "fill", "currentColor",
			"stroke", "currentColor").Body(parts...),
	)
}

// arrow draws one step: a focusable group with a hit area, the label, the
// line, the arrowhead and the time.
func (c *FlowView) arrow(a *view.FlowArrow, sentence string) app.UI {
	itoa := strconv.Itoa
	dir, dash, hit := 1, "none", "0"
	if a.X2 < a.X1 {
		dir = -1
	}
	switch {
	case a.Blocked != "":
		dash = "2 3"
	case a.Only != "":
		dash = "6 3"
	}
	if a.IsSelected {
		hit = "0.14"
	}
	y, tip := itoa(a.Y), a.X2-7*dir
	head := itoa(a.X2) + "," + y + " " + itoa(tip) + "," + itoa(a.Y-4) + " " + itoa(tip) + "," + itoa(a.Y+4)
	return svg("g", "tabindex", "0", "role", "button", "aria-label", sentence, "aria-pressed", strconv.FormatBool(a.IsSelected),
		"data-testid", "flow-step", "data-kind", a.Kind, "data-label", a.Label, "data-index", itoa(a.Index),
		"data-blocked", strconv.FormatBool(a.Blocked != "")).
		OnClick(c.choose).OnKeyDown(c.choose).
		Body(
			svg("rect", "x", itoa(min(a.X1, a.X2)-4), "y", itoa(a.Y-17), "width", itoa(max(a.X2-a.X1, a.X1-a.X2)+8),
				"height", "24", "rx", "4", "stroke", "none", "fill-opacity", hit),
			svg("text", "x", itoa((a.X1+a.X2)/2), "y", itoa(a.Y-5), "text-anchor", "middle", "font-size", "9.5", "stroke", "none").
				Text(a.Caption),
			svg("line", "x1", itoa(a.X1), "x2", itoa(a.X2-6*dir), "y1", y, "y2", y, "stroke-width", "1.5", "stroke-dasharray", dash),
			svg("polygon", "points", head, "stroke", "none"),
			svg("text", "x", "2", "y", itoa(a.Y+3), "font-size", "8", "opacity", "0.7", "stroke", "none").Text(a.Time),
		)
}

// detail shows the chosen step in full.
func (c *FlowView) detail(v *view.Flow) app.UI {
	a := v.Selected
	box := app.Div().Class("flow-detail").Aria("live", "polite").DataSet("testid", "flow-detail")
	if a == nil {
		return box
	}
	var body app.UI
	switch r := v.Request; {
	case v.Message != nil:
		body = app.Pre().Class("out").DataSet("testid", "flow-message").Text(joinLines(v.Message))
	case r != nil && r.Title == "POST Calls.json":
		body = app.Div().Body(app.P().Body(app.Code().Text("POST "+r.URL)), app.Pre().Class("out").Text(r.Body),
			note("The same request as pane 3's curl command."))
	default:
		body = note("Its request is open below, under “Requests your server receives”.")
	}
	only := app.UI(app.Text(""))
	if a.Only != "" {
		only = note("Happens " + a.Only + ".")
	}
	return box.Body(app.H3().Text(a.Caption+" · "+a.Time), app.P().Text(a.Text+". "+a.Note), only, warning(a.Blocked), body)
}

// output returns a titled text with a copy button; testid marks the text.
func (c *FlowView) output(title, testid, id, text string) []app.UI {
	button := app.UI(app.Text(""))
	if text != "" {
		c.copies[id] = text
		label := "Copy"
		if c.copied == id {
			label = "Copy failed"
			if c.copyOK {
				label = "Copied"
			}
		}
		button = app.Button().Type("button").Class("copy").DataSet("testid", "flow-copy").DataSet("copy", id).
			OnClick(c.copy).Text(label)
	}
	return []app.UI{app.Div().Class("out-head").Body(app.H3().Text(title), button),
		app.Pre().Class("out").DataSet("testid", testid).Text(text)}
}

// invite shows the INVITE to the tested endpoint and, line by line, what
// is documented and what is illustrative.
func (c *FlowView) invite(v *view.Flow) app.UI {
	if v.Invite == nil {
		return note("No SIP URI is dialled, so there is no INVITE to show.")
	}
	rows := make([]app.UI, len(v.Invite))
	for i, l := range v.Invite {
		kind := app.UI(app.Text("illustrative"))
		if l.Source != "" {
			kind = app.A().Href(l.Source).Text("documented")
		}
		rows[i] = app.Tr().Body(app.Td().Body(app.Code().Text(l.Text)), app.Td().Body(kind), app.Td().Text(l.Note))
	}
	return app.Div().Class("flow-invite").Body(append(c.output("The INVITE your endpoint receives", "invite", "invite", joinLines(v.Invite)),
		app.Details().Class("more").Body(app.Summary().Text("Which lines are documented"), app.Table().Class("explain").Body(rows...)))...)
}

// webhook shows one request to the person's server in full.
func (c *FlowView) webhook(v *view.Flow, w *view.FlowRequest) app.UI {
	id := strconv.Itoa(w.Index)
	rows := make([]app.UI, len(w.Params))
	for i, p := range w.Params {
		sample := ""
		if p.Sample {
			sample = "sample value"
		}
		rows[i] = app.Tr().Body(app.Td().Body(app.Code().Text(p.Name)), app.Td().Body(app.Code().Text(p.Value)),
			app.Td().Class("note").Text(sample))
	}
	parts := []app.UI{
		app.Summary().Body(app.Code().Text(w.Title), app.Span().Class("note").Text(" · "+v.Arrows[w.Index].Time)),
		warning(w.Blocked),
		app.P().Body(app.Code().DataSet("testid", "webhook-url").Text(w.URL)),
	}
	if w.Only != "" {
		parts = append(parts, note("Sent "+w.Only+"."))
	}
	parts = append(parts, c.output("Form body", "webhook-body", "body:"+id, w.Body)...)
	if w.Body == "" {
		parts = append(parts, note("No body: the parameters are in the URL's query."))
	}
	parts = append(parts,
		app.Table().Class("explain").Body(append([]app.UI{app.Caption().Body(app.Text(w.Method+" parameters, as "),
			app.A().Href(w.Source).Text("Twilio documents them"))}, rows...)...),
		app.Ul().Class("flow-notes").Body(items(w.Notes)...))
	parts = append(parts, c.output("X-Twilio-Signature", "webhook-signature", "sig:"+id, w.Signature)...)
	if w.Signature == "" {
		parts = append(parts, note("Enter your auth token in pane 3 to compute it."))
	}
	parts = append(parts, c.output("Replay", "webhook-curl", "curl:"+id, w.Curl)...)
	if w.Curl == "" {
		parts = append(parts, note("Give a usable replay base URL to get the command."))
	}
	open := v.Selected != nil && v.Selected.Index == w.Index
	return app.Details().Class("webhook").DataSet("testid", "webhook").Open(open).Body(parts...)
}

// joinLines writes message lines as text.
func joinLines(lines []callflow.Line) string {
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l.Text)
	}
	return b.String()
}

// upperFirst capitalises the first letter of an ASCII sentence.
func upperFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

func (c *FlowView) toggle(ctx app.Context, e app.Event) { c.open = !(c.open || c.Tab) }

// choose makes the arrow clicked, or activated with Enter or Space, the
// chosen step.
func (c *FlowView) choose(ctx app.Context, e app.Event) {
	if e.Get("type").String() == "keydown" {
		if k := e.Get("key").String(); k != "Enter" && k != " " {
			return
		}
		e.PreventDefault()
	}
	if i, err := strconv.Atoi(ctx.JSSrc().Get("dataset").Get("index").String()); err == nil {
		c.opts.Selected = i
	}
}

// copy copies the text of the button's output and says whether it worked.
func (c *FlowView) copy(ctx app.Context, e app.Event) {
	id := ctx.JSSrc().Get("dataset").Get("copy").String()
	CopyText(c.copies[id], func(ok bool) {
		ctx.Dispatch(func(ctx app.Context) { c.copied, c.copyOK = id, ok })
	})
}

func (c *FlowView) setOutcome(ctx app.Context, e app.Event) {
	c.opts.Outcome = ctx.JSSrc().Get("value").String()
	c.opts.Selected = -1
}

func (c *FlowView) setDuration(ctx app.Context, e app.Event) {
	c.opts.Duration = ctx.JSSrc().Get("value").String()
}

func (c *FlowView) setReplayBase(ctx app.Context, e app.Event) {
	c.opts.ReplayBase = ctx.JSSrc().Get("value").String()
}
