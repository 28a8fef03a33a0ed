package main

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"github.com/sipplay/sipplay/components/view"
	"github.com/sipplay/sipplay/internal/state"
	"github.com/sipplay/sipplay/twiml"
)

// BenchmarkKeystrokeCompute measures what the page computes for one
// keystroke, natively: the transition and the typed pane's view, which
// the keystroke waits for (view.Deriver.Pane); "-rest" is the rest of the
// page, derived in the next browser task (Page after Pane). Only what the
// keystroke changed is recomputed. The browser-side figure, with
// rendering, is e2e's BenchmarkKeystroke.
func BenchmarkKeystrokeCompute(b *testing.B) {
	run := func(b *testing.B, s state.State, a view.Action, pane state.Pane, texts [2]string, rest bool) {
		var d view.Deriver
		vm := d.Page(s, "")
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			s, _ = view.Apply(s, a, texts[i%2])
			if rest {
				b.StopTimer()
			}
			vm = d.Pane(s, pane, vm)
			if rest {
				b.StartTimer()
				vm = d.Page(s, "")
			}
		}
	}
	uri := state.Default()
	uriTexts := [2]string{"sip:alice@example.sip.twilio.com;transport=tls", "sip:alice@example.sip.twilio.com;transport=tl"}
	b.Run("uri", func(b *testing.B) { run(b, uri, view.Action{Kind: view.ActURI}, state.PaneURI, uriTexts, false) })
	b.Run("uri-rest", func(b *testing.B) { run(b, uri, view.Action{Kind: view.ActURI}, state.PaneURI, uriTexts, true) })

	doc := bigDoc()
	if len(doc) < 3900 || len(doc) > 4000 {
		b.Fatalf("the document has %d bytes, want about 4000", len(doc))
	}
	xml := view.Action{Kind: view.ActXML}
	doc4000, _ := view.Apply(view.SetSource(state.Default(), state.SourceTwiml), xml, doc)
	docTexts := [2]string{doc, strings.Replace(doc, `timeout="30"`, `timeout="31"`, 1)}
	b.Run("twiml-4000B", func(b *testing.B) { run(b, doc4000, xml, state.PaneTwiML, docTexts, false) })
	b.Run("twiml-4000B-rest", func(b *testing.B) { run(b, doc4000, xml, state.PaneTwiML, docTexts, true) })
}

// bigDoc renders a <Dial> of ten richly attributed <Sip> nouns, padded to
// about 4000 bytes (the Calls API's inline-TwiML limit).
func bigDoc() string {
	d := twiml.Dial{CallerId: "+15551234567", Timeout: "30", Action: "https://example.com/dial-action", Method: "POST",
		Record: "record-from-answer", AnswerOnBridge: "true"}
	for i := 0; i < 10; i++ {
		n := string(rune('a' + i))
		d.Sips = append(d.Sips, twiml.Sip{
			URI:                  "sip:agent-" + n + "@example.sip.twilio.com;transport=tls?x-team=support&x-id=" + n,
			Username:             "user-" + n,
			Password:             "secret",
			StatusCallback:       "https://example.com/status/" + n,
			StatusCallbackEvent:  "initiated ringing answered completed",
			StatusCallbackMethod: "POST",
			Url:                  "https://example.com/screen/" + n,
		})
	}
	doc := twiml.Render(d)
	for len(doc) < 3950 {
		doc = strings.Replace(doc, "<Response>", "<Response>\n  <Say>Connecting you now.</Say>", 1)
	}
	return doc
}

// BenchmarkKeystrokeRender measures a keystroke with go-app's rendering,
// natively (go-app's client tester, with no browser DOM): the transition,
// the recomputed view and the re-render of what changed. e2e's
// BenchmarkKeystroke has the browser's figure.
func BenchmarkKeystrokeRender(b *testing.B) {
	run := func(b *testing.B, a view.Action, base string, setup func(p *page)) {
		p := &page{}
		disp := app.NewClientTester(p)
		defer disp.Close()
		ctx := disp.Context()
		if setup != nil {
			setup(p)
		}
		p.Act(ctx, a, base)
		disp.Consume()
		texts := [2]string{base + "a", base}
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			p.Act(ctx, a, texts[i%2])
			p.Update()
			disp.Consume()
		}
	}
	b.Run("uri", func(b *testing.B) {
		run(b, view.Action{Kind: view.ActURI}, "sip:alice@example.sip.twilio.com;transport=tls", nil)
	})
	b.Run("twiml-4000B", func(b *testing.B) {
		run(b, view.Action{Kind: view.ActXML}, bigDoc(), nil)
	})
}
