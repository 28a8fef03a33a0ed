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
// the flow only while it is open, so typing costs nothing extra while it is
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
	copied string // the copy button last used, e.g. "curl:7"
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

// Render draws the view: closed, a button to open it; open, the controls,
// the ladder, the chosen step, the INVITE and the webhooks.
func (c *FlowView) Render() app.UI {
	shown := c.open || c.Tab
	label := "Show what happens"
	if shown {
		label = "Hide"
	}
	head := app.Div().Class("flow-head").Body(
		app.H2().ID("h-flow").Text("4. What happens when it runs"),
		app.Button().Type("button").Class("flow-toggle").Aria("expanded", shown).Aria("controls", "flow-body").
			DataSet("testid", "flow-toggle").OnClick(c.toggle).Text(label),
	)
	cls := "flow"
	if c.Tab {
		cls += " open"
	}
	sec := app.Section().ID("pane-flow").Class(cls).Aria("labelledby", "h-flow").DataSet("testid", "flow")
	if !shown || c.Page == nil {
		return sec.Body(head, app.P().Class("note").Text(
			"The SIP messages Twilio and your endpoint exchange, and every request your server receives, with signatures and replay commands."))
	}
	v := view.FlowOf(c.Page, c.opts)
	return sec.Body(
		head,
		app.Div().ID("flow-body").Body(
			c.controls(&v),
			app.Ul().Class("flow-notes").Body(app.Range(v.Notes).Slice(func(i int) app.UI {
				return app.Li().Text(v.Notes[i])
			})),
			app.Div().Class("flow-main").Body(
				app.Div().Body(
					c.ladder(&v),
					app.Ol().Class("sr-only").Aria("label", "The steps in order").Body(app.Range(v.Arrows).Slice(func(i int) app.UI {
						return app.Li().Text(stepSentence(&v.Arrows[i]))
					})),
				),
				app.Div().Class("flow-side").Body(
					c.detail(&v),
					c.invite(&v),
					app.H3().Text("Requests your server receives"),
					app.If(len(v.Webhooks) == 0, app.P().Class("note").Text(
						"None: set a Url, a statusCallback, a <Dial action> or another callback to see them.")),
					app.Range(v.Webhooks).Slice(func(i int) app.UI { return c.webhook(&v, &v.Webhooks[i]) }),
				),
			),
		),
	)
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
	return app.Div().Class("flow-controls").Body(
		app.Div().Class("field").Body(
			app.Label().For("flow-outcome").Text("The endpoint"),
			app.Select().ID("flow-outcome").DataSet("testid", "flow-outcome").OnChange(c.setOutcome).Body(
				app.Range(callflow.Outcomes).Slice(func(i int) app.UI {
					o := callflow.Outcomes[i]
					return app.Option().Value(string(o)).Selected(o == v.Outcome).Text(outcomeLabels[o])
				}),
			),
		),
		app.If(v.Outcome == callflow.Answered, app.Div().Class("field").Body(
			app.Label().For("flow-duration").Text("Call lasts (seconds)"),
			app.Input().ID("flow-duration").Type("number").Min(1).Max(14400).Placeholder("30").
				Value(v.Duration).Aria("invalid", v.DurationError != "").OnInput(c.setDuration),
			app.If(v.DurationError != "", app.P().Class("warn").Text(v.DurationError)),
		)),
		app.Div().Class("field").Body(
			app.Label().For("flow-replay-base").Text("Replay to"),
			app.Input().ID("flow-replay-base").DataSet("testid", "flow-replay-base").Type("url").
				Placeholder(callflow.DefaultReplayBase).Value(v.ReplayBase).Aria("invalid", v.ReplayError != "").OnInput(c.setReplayBase),
			app.If(v.ReplayError != "", app.P().Class("warn").Text(v.ReplayError)),
		),
		app.P().Class("note flow-token").Text(token),
	)
}

// The SVG namespace: go-app creates elements of another namespace when told.
const svgNS = "http://www.w3.org/2000/svg"

// svg returns an SVG element.
func svg(tag string) app.HTMLElem { return app.Elem(tag).XMLNS(svgNS) }

// ladder draws the lanes and one focusable arrow per step.
func (c *FlowView) ladder(v *view.Flow) app.UI {
	lanes := make([]app.UI, 0, 3*len(v.Lanes))
	for _, l := range v.Lanes {
		sub := l.Sub
		if len(sub) > 26 {
			sub = sub[:25] + "…"
		}
		lanes = append(lanes,
			svg("text").Attr("x", strconv.Itoa(l.X)).Attr("y", "14").Attr("text-anchor", "middle").
				Attr("font-weight", "600").Attr("font-size", "10.5").Attr("fill", "currentColor").Text(l.Title),
			svg("text").Attr("x", strconv.Itoa(l.X)).Attr("y", "27").Attr("text-anchor", "middle").Attr("font-size", "8").
				Attr("fill", "currentColor").Attr("opacity", "0.75").Body(svg("title").Text(l.Sub), app.Text(sub)),
			svg("line").Attr("x1", strconv.Itoa(l.X)).Attr("x2", strconv.Itoa(l.X)).Attr("y1", "34").Attr("y2", strconv.Itoa(v.Height-4)).
				Attr("stroke", "currentColor").Attr("stroke-opacity", "0.35").Attr("stroke-width", "1"),
		)
	}
	arrows := make([]app.UI, len(v.Arrows))
	for i := range v.Arrows {
		arrows[i] = c.arrow(&v.Arrows[i])
	}
	return app.Figure().Class("flow-ladder").Body(
		svg("svg").Attr("viewBox", "0 0 "+strconv.Itoa(v.Width)+" "+strconv.Itoa(v.Height)).Attr("width", "100%").
			Attr("role", "group").Aria("label", "Ladder diagram: "+strconv.Itoa(len(v.Arrows))+" steps; choose one to see it in full").
			Body(append(lanes, arrows...)...),
	)
}

// arrow draws one step: a focusable group with a hit area, the label, the
// line, the arrowhead and the time.
func (c *FlowView) arrow(a *view.FlowArrow) app.UI {
	dir := 1
	if a.X2 < a.X1 {
		dir = -1
	}
	dash := ""
	switch {
	case a.Blocked != "":
		dash = "2 3"
	case a.Only != "":
		dash = "6 3"
	}
	y := a.Y
	head := strconv.Itoa(a.X2) + "," + strconv.Itoa(y) + " " + strconv.Itoa(a.X2-7*dir) + "," + strconv.Itoa(y-4) + " " + strconv.Itoa(a.X2-7*dir) + "," + strconv.Itoa(y+4)
	left := min(a.X1, a.X2)
	i := a.Index
	line := svg("line").Attr("x1", strconv.Itoa(a.X1)).Attr("x2", strconv.Itoa(a.X2-6*dir)).Attr("y1", strconv.Itoa(y)).Attr("y2", strconv.Itoa(y)).
		Attr("stroke", "currentColor").Attr("stroke-width", "1.5")
	if dash != "" {
		line = line.Attr("stroke-dasharray", dash)
	}
	return svg("g").Attr("tabindex", "0").Attr("role", "button").Aria("label", stepSentence(a)).
		Aria("pressed", a.IsSelected).DataSet("testid", "flow-step").DataSet("kind", a.Kind).DataSet("label", a.Label).
		DataSet("blocked", a.Blocked != "").
		OnClick(func(ctx app.Context, e app.Event) { c.opts.Selected = i }).
		OnKeyDown(func(ctx app.Context, e app.Event) {
			if k := e.Get("key").String(); k == "Enter" || k == " " {
				e.PreventDefault()
				c.opts.Selected = i
			}
		}).
		Body(
			svg("rect").Attr("x", strconv.Itoa(left-4)).Attr("y", strconv.Itoa(y-17)).Attr("width", strconv.Itoa(abs(a.X2-a.X1)+8)).Attr("height", "24").
				Attr("rx", "4").Attr("fill", "currentColor").Attr("fill-opacity", hitOpacity(a.IsSelected)),
			svg("text").Attr("x", strconv.Itoa((a.X1+a.X2)/2)).Attr("y", strconv.Itoa(y-5)).Attr("text-anchor", "middle").
				Attr("font-size", "9.5").Attr("fill", "currentColor").Text(a.Caption),
			line,
			svg("polygon").Attr("points", head).Attr("fill", "currentColor"),
			svg("text").Attr("x", "2").Attr("y", strconv.Itoa(y+3)).Attr("font-size", "8").Attr("fill", "currentColor").
				Attr("opacity", "0.7").Text(a.Time),
		)
}

// hitOpacity shades the chosen arrow's hit area.
func hitOpacity(selected bool) string {
	if selected {
		return "0.14"
	}
	return "0"
}

// abs returns |n|.
func abs(n int) int { return max(n, -n) }

// detail shows the chosen step in full.
func (c *FlowView) detail(v *view.Flow) app.UI {
	a := v.Selected
	if a == nil {
		return app.Div().Class("flow-detail").Aria("live", "polite")
	}
	var body app.UI = app.Text("")
	switch {
	case v.Message != nil:
		body = app.Pre().Class("out").DataSet("testid", "flow-message").Text(joinLines(v.Message))
	case v.Request != nil && v.Request.Curl == "" && v.Request.Title == "POST Calls.json":
		body = app.Div().Body(
			app.P().Body(app.Strong().Text("POST "), app.Code().Text(v.Request.URL)),
			app.Pre().Class("out").Text(v.Request.Body),
			app.P().Class("note").Text("The same request as pane 3's curl command."),
		)
	case v.Request != nil:
		body = app.P().Class("note").Text("Its request is open below, under “Requests your server receives”.")
	}
	return app.Div().Class("flow-detail").Aria("live", "polite").DataSet("testid", "flow-detail").Body(
		app.H3().Text(a.Label+" · "+a.Time),
		app.P().Text(a.Text+". "+a.Note),
		app.If(a.Only != "", app.P().Class("note").Text("Happens "+a.Only+".")),
		app.If(a.Blocked != "", app.P().Class("warn").Text(upperFirst(a.Blocked)+".")),
		body,
	)
}

// invite shows the INVITE to the tested endpoint and, line by line, what
// is documented and what is illustrative.
func (c *FlowView) invite(v *view.Flow) app.UI {
	if v.Invite == nil {
		return app.P().Class("note").Text("No SIP URI is dialled, so there is no INVITE to show.")
	}
	text := joinLines(v.Invite)
	return app.Div().Class("flow-invite").Body(
		app.Div().Class("out-head").Body(
			app.H3().Text("The INVITE your endpoint receives"),
			c.copyButton("invite", text),
		),
		app.Pre().Class("out").DataSet("testid", "invite").Text(text),
		app.Details().Class("more").Body(
			app.Summary().Text("Which lines are documented"),
			app.Table().Class("explain").Body(app.TBody().Body(app.Range(v.Invite).Slice(func(i int) app.UI {
				l := v.Invite[i]
				kind := app.UI(app.Text("illustrative"))
				if l.Source != "" {
					kind = app.A().Href(l.Source).Rel("noreferrer").Text("documented")
				}
				return app.Tr().Body(app.Td().Body(app.Code().Text(l.Text)), app.Td().Body(kind), app.Td().Text(l.Note))
			}))),
		),
	)
}

// webhook shows one request to the person's server in full.
func (c *FlowView) webhook(v *view.Flow, w *view.FlowRequest) app.UI {
	id := strconv.Itoa(w.Index)
	open := v.Selected != nil && v.Selected.Index == w.Index
	sig := w.Signature
	return app.Details().Class("webhook").DataSet("testid", "webhook").Open(open).Body(
		app.Summary().Body(app.Code().Text(w.Title), app.Span().Class("note").Text(" · "+v.Arrows[w.Index].Time)),
		app.If(w.Only != "", app.P().Class("note").Text("Sent "+w.Only+".")),
		app.If(w.Blocked != "", app.P().Class("warn").Text(upperFirst(w.Blocked)+".")),
		app.P().Body(app.Strong().Text(w.Method+" "), app.Code().DataSet("testid", "webhook-url").Text(w.URL)),
		app.Div().Class("out-head").Body(app.H3().Text("Form body"), c.copyButton("body:"+id, w.Body)),
		app.Pre().Class("out").DataSet("testid", "webhook-body").Text(w.Body),
		app.If(w.Body == "", app.P().Class("note").Text("No body: the parameters are in the URL's query.")),
		app.Table().Class("explain").Body(
			app.Caption().Body(app.Text("Parameters, as "), app.A().Href(w.Source).Rel("noreferrer").Text("Twilio documents them")),
			app.TBody().Body(app.Range(w.Params).Slice(func(i int) app.UI {
				p := w.Params[i]
				return app.Tr().Body(app.Td().Body(app.Code().Text(p.Name)), app.Td().Body(app.Code().Text(p.Value)),
					app.Td().Class("note").Text(sampleWord(p.Sample)))
			})),
		),
		app.Ul().Class("flow-notes").Body(app.Range(w.Notes).Slice(func(i int) app.UI { return app.Li().Text(w.Notes[i]) })),
		app.Div().Class("out-head").Body(app.H3().Text("X-Twilio-Signature"), app.If(sig != "", c.copyButton("sig:"+id, sig))),
		app.Code().Class("flow-sig").DataSet("testid", "webhook-signature").Text(sig),
		app.If(sig == "", app.P().Class("note").Text("Enter your auth token in pane 3 to compute it.")),
		app.Div().Class("out-head").Body(app.H3().Text("Replay"), app.If(w.Curl != "", c.copyButton("curl:"+id, w.Curl))),
		app.Pre().Class("out").DataSet("testid", "webhook-curl").Text(w.Curl),
		app.If(w.Curl == "", app.P().Class("note").Text("Give a usable replay base URL to get the command.")),
	)
}

// sampleWord says whether a parameter's value is a sample.
func sampleWord(sample bool) string {
	if sample {
		return "sample value"
	}
	return ""
}

// copyButton copies text and says whether it worked.
func (c *FlowView) copyButton(id, text string) app.UI {
	label := "Copy"
	if c.copied == id {
		label = "Copy failed"
		if c.copyOK {
			label = "Copied"
		}
	}
	return app.Button().Type("button").Class("copy").DataSet("testid", "flow-copy").DataSet("copy", id).
		OnClick(func(ctx app.Context, e app.Event) {
			CopyText(text, func(ok bool) {
				ctx.Dispatch(func(ctx app.Context) { c.copied, c.copyOK = id, ok })
			})
		}).Text(label)
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
