package e2e

// Findings are connected to the text (issue 11): each carries its span,
// clicking it selects that span in its editor, hovering an underline shows
// its message, and each code has a help entry. Results show next to the
// inputs, and the URI editors stay one line.

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// jsUnits is the length of s in UTF-16 code units, as JavaScript counts it.
func jsUnits(s string) int { return len(utf16.Encode([]rune(s))) }

// selection reads a text control's selection and whether it has the focus.
type selection struct {
	Focused    bool `json:"focused"`
	Start, End int
}

func (tb *tab) selection(testid string) selection {
	tb.t.Helper()
	return eval[selection](tb, `(function(){const e=document.querySelector(`+jsString(sel(testid))+`);
		return {focused: document.activeElement===e, Start: e.selectionStart, End: e.selectionEnd};})()`)
}

// activeTestID is the data-testid of the focused element ("" for none).
func (tb *tab) activeTestID() string {
	tb.t.Helper()
	return eval[string](tb, `(document.activeElement && document.activeElement.dataset.testid) || ""`)
}

// pressEnter presses Enter as a keyboard does: one keyDown that carries
// the text it types, so that a page cancelling the keydown cancels the
// newline too. (chromedp's KeyEvent types the text in a separate char
// event, which a cancelled keydown does not stop.)
func (tb *tab) pressEnter() {
	tb.t.Helper()
	tb.run("pressing Enter", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		key := input.DispatchKeyEventParams{Key: "Enter", Code: "Enter", WindowsVirtualKeyCode: 13, NativeVirtualKeyCode: 13}
		down, up := key, key
		down.Type, down.Text, down.UnmodifiedText = input.DispatchKeyEventTypeKeyDown, "\r", "\r"
		up.Type = input.DispatchKeyEventTypeKeyUp
		if _, err := cdp.Call(ctx, tg, input.DispatchKeyEvent, down); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, input.DispatchKeyEvent, up)
		return err
	}))
}

func TestFindingSelectsItsSpan(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.run("a wide window: all three panes", chromedp.EmulateViewport(1400, 900))
	tb.open(srv.home())
	// Two-byte ü and ß and a four-byte emoji before the finding: the page's
	// byte offsets and the browser's UTF-16 offsets differ.
	doc := "<Response><Say>Grüße 😀</Say><Dial timeout=\"soon\"><Sip>sip:alice@example.com</Sip></Dial></Response>"
	bad := strings.Index(doc, "soon")
	tb.set("twiml-input", doc)
	// The finding on the value: the one whose data-start/data-end, read as
	// byte offsets, hold exactly "soon".
	k := -1
	tb.eventually("a finding on timeout's value", func() (bool, string) {
		ds := tb.diags("twiml-diagnostics")
		for i, d := range ds {
			if d.Start == strconv.Itoa(bad) && d.End == strconv.Itoa(bad+len("soon")) {
				k = i
				return true, ""
			}
		}
		return false, fmt.Sprint(ds)
	})

	// A real click on the finding's place.
	tb.run("clicking the finding", chromedp.Click(chromedp.CSS(sel("twiml-diagnostics")+` > li:nth-child(`+strconv.Itoa(k+1)+`) .where`)))
	tb.eventually("the span is selected in pane 2's editor", func() (bool, string) {
		s := tb.selection("twiml-input")
		return s.Focused && s.Start == jsUnits(doc[:bad]) && s.End == jsUnits(doc[:bad+len("soon")]),
			"focused=" + strconv.FormatBool(s.Focused) + " " + strconv.Itoa(s.Start) + "-" + strconv.Itoa(s.End)
	})
	tb.assertClean()
}

func TestFindingsHaveHelpAndHoverMessages(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.run("a wide window", chromedp.EmulateViewport(1400, 900))
	tb.open(srv.home())
	tb.set("uri-input", "sip:al ice@example.com")
	tb.eventually("a finding", func() (bool, string) { return len(tb.diags("uri-diagnostics")) > 0, "" })

	// The help entry: what the code means and a plain link to its source.
	type helpEntry struct {
		Summary, Text, Href string
	}
	h := eval[helpEntry](tb, `(function(){const d=document.querySelector(`+jsString(sel("uri-diagnostics")+` li:first-child [data-testid="finding-help"]`)+`);
		if(!d)return {};const a=d.querySelector("a");return {Summary:d.querySelector("summary").textContent,Text:d.textContent,Href:a?a.getAttribute("href"):""};})()`)
	require.NotEmpty(t, h.Summary, "the first finding has a help entry")
	assert.Greater(t, len(h.Text), len(h.Summary)+20, "the entry says what the code means and why: %q", h.Text)
	assert.True(t, strings.HasPrefix(h.Href, "https://"), "the entry links to its source: %q", h.Href)
	tb.run("opening the help", chromedp.Click(chromedp.CSS(sel("uri-diagnostics")+` li:first-child [data-testid="finding-help"] summary`)))
	assert.True(t, eval[bool](tb, `document.querySelector(`+jsString(sel("uri-diagnostics")+` li:first-child [data-testid="finding-help"]`)+`).open`), "the entry opens")

	// Hovering the underline shows the message.
	msg := eval[string](tb, `document.querySelector(`+jsString(sel("uri-diagnostics")+` li:first-child .msg`)+`).textContent`)
	require.NotEmpty(t, msg)
	type point struct{ X, Y float64 }
	p := eval[point](tb, `(function(){const s=document.querySelector('#pane-uri .hl-layer .diag');if(!s)return {X:-1,Y:-1};
		s.scrollIntoView({block:"center"});const r=s.getClientRects()[0];return {X:r.left+r.width/2,Y:r.top+r.height/2};})()`)
	require.GreaterOrEqual(t, p.X, 0.0, "pane 1's layer underlines the finding")
	tb.run("moving the pointer over the underline", chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, p.X, p.Y))
	tb.eventually("the editor's tooltip is the message", func() (bool, string) {
		title := eval[string](tb, `document.querySelector(`+jsString(sel("uri-input"))+`).title`)
		return title == msg, title
	})
	tb.assertClean()
}

func TestResultsNextToInputs(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.open(srv.home())
	attr := func(testid, name string) string {
		return eval[string](tb, `String(document.querySelector(`+jsString(sel(testid))+`).getAttribute(`+jsString(name)+`))`)
	}

	// Editors say whether their text has errors.
	assert.Equal(t, "false", attr("uri-input", "aria-invalid"), "the default URI is valid")
	tb.set("uri-input", "sip:al ice@example.com")
	tb.eventually("pane 1's editor is invalid", func() (bool, string) {
		return attr("uri-input", "aria-invalid") == "true", attr("uri-input", "aria-invalid")
	})

	// A builder field with an error is marked, with the message beside it.
	tb.set("dial-timeout", "soon")
	tb.eventually("timeout=soon is marked at the field", func() (bool, string) {
		return attr("dial-timeout", "aria-invalid") == "true" && tb.text("dial-timeout-error") != "",
			attr("dial-timeout", "aria-invalid") + " " + tb.text("dial-timeout-error")
	})
	assert.Equal(t, "dial-timeout-error", attr("dial-timeout", "aria-describedby"), "the message describes the field")
	msgs := eval[[]string](tb, `Array.from(document.querySelectorAll(`+jsString(sel("twiml-diagnostics")+` .msg`)+`)).map(e=>e.textContent)`)
	assert.Contains(t, msgs, tb.text("dial-timeout-error"), "the message beside the field is the document's finding")

	tb.set("call-From", "bad from!")
	tb.eventually("From is marked at the field", func() (bool, string) {
		return attr("call-From", "aria-invalid") == "true" && tb.text("call-From-error") != "",
			attr("call-From", "aria-invalid") + " " + tb.text("call-From-error")
	})
	tb.set("call-From", "+15005550006")
	tb.eventually("a fixed From is no longer marked", func() (bool, string) {
		return attr("call-From", "aria-invalid") == "false" && !tb.present("call-From-error"), attr("call-From", "aria-invalid")
	})

	// Pane 3's findings come before the long outputs.
	assert.True(t, eval[bool](tb, `!!(document.querySelector(`+jsString(sel("call-diagnostics"))+`).compareDocumentPosition(
		document.querySelector(`+jsString(sel("snippet"))+`)) & Node.DOCUMENT_POSITION_FOLLOWING)`), "call-diagnostics precedes the snippet")
	assert.True(t, eval[bool](tb, `!!(document.querySelector(`+jsString(sel("call-diagnostics"))+`).compareDocumentPosition(
		document.querySelector(`+jsString(sel("form-body"))+`)) & Node.DOCUMENT_POSITION_FOLLOWING)`), "call-diagnostics precedes the form body")
	tb.assertClean()
}

func TestURIEditorIsOneLine(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.open(srv.home())
	const uri = "sip:alice@example.sip.twilio.com"
	tb.set("uri-input", uri)
	tb.run("clicking into the URI", chromedp.Click(chromedp.CSS(sel("uri-input"))))
	require.True(t, eval[bool](tb, `(function(){const e=document.querySelector('[data-testid="uri-input"]');e.setSelectionRange(e.value.length,e.value.length);return document.activeElement===e;})()`), "the editor has the focus")
	tb.pressEnter()
	tb.settle()
	assert.Equal(t, uri, tb.value("uri-input"), "Enter inserts no newline")

	// A pasted newline (text inserted without a key) is flagged, and its
	// fix removes it.
	tb.run("pasting a newline", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, input.InsertText, input.InsertTextParams{Text: "\n"})
		return err
	}))
	tb.eventually("the pasted newline is in the text and flagged with a fix", func() (bool, string) {
		return tb.value("uri-input") == uri+"\n" && tb.present("fix"), strconv.Quote(tb.value("uri-input"))
	})
	tb.run("clicking the fix", chromedp.Click(chromedp.CSS(sel("uri-diagnostics")+` [data-testid="fix"]`)))
	tb.eventually("the fix removed the newline", func() (bool, string) {
		return tb.value("uri-input") == uri && len(tb.diags("uri-diagnostics")) == 0, strconv.Quote(tb.value("uri-input"))
	})
	tb.assertClean()
}

// A fix that is the person's choice (adding secure=true turns on SRTP) says
// what it would change, beside its button and as the button's description;
// a correction (writing tcp in lower case) says nothing more.
func TestFixChoiceIsSaid(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.open(srv.home())
	tb.set("uri-input", "sip:kate@example.com;transport=TLS")
	button := func(code string) string {
		return sel("uri-diagnostics") + ` [data-testid="fix"][data-code="` + code + `"]`
	}
	tb.eventually("pane 1 offers both fixes", func() (bool, string) {
		both := eval[bool](tb, `!!document.querySelector(`+jsString(button("tls-signalling-only"))+`)&&!!document.querySelector(`+jsString(button("transport-case"))+`)`)
		return both, strings.Join(codes(tb.diags("uri-diagnostics")), " ")
	})
	said := eval[string](tb, `(function(){const b=document.querySelector(`+jsString(button("tls-signalling-only"))+`);
		const d=b&&document.getElementById(b.getAttribute("aria-describedby")||"");return d?d.textContent:"";})()`)
	assert.Contains(t, said, "SRTP", "the choice's note describes its button")
	assert.True(t, eval[bool](tb, `(function(){const b=document.querySelector(`+jsString(button("tls-signalling-only"))+`);
		const d=document.getElementById(b.getAttribute("aria-describedby"));return d.offsetParent!==null&&d.dataset.testid==="fix-choice";})()`),
		"the note is shown beside the button")
	assert.False(t, eval[bool](tb, `document.querySelector(`+jsString(button("transport-case"))+`).hasAttribute("aria-describedby")`),
		"a correction has no note")
	tb.assertClean()
}
