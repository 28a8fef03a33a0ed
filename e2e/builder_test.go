package e2e

// Issue 11, data loss 1 and "Pane 1 drives the rest": the XML is the one
// source of truth and the builder a view of it. Builder edits change only
// the bytes they edit; a broken document leaves the builder read-only.

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mixedDoc is the report: a <Say>, a <Dial> with a <Number> and a
// <Sip>, a <Hangup>, a comment and formatting of the person's own.
const mixedDoc = `<?xml version="1.0" encoding="UTF-8"?>
<Response>
  <Say>Connecting you now</Say>
  <!-- keep me -->
  <Dial   timeout='20'>
    <Number>+15551234567</Number>
    <Sip>
      sip:alice@example.com
    </Sip>
  </Dial>
  <Hangup/>
</Response>`

func TestBuilderKeepsWhatItDoesNotEdit(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.open(srv.home())
	tb.clickCSS(sel("twiml-mode-xml"))
	tb.set("twiml-input", mixedDoc)
	tb.clickCSS(sel("call-source-Twiml"))

	tb.clickCSS(sel("twiml-mode-builder"))
	tb.eventually("the builder shows the <Sip>", func() (bool, string) {
		return tb.value("sip-0-uri") == "sip:alice@example.com", tb.value("sip-0-uri")
	})
	assert.Equal(t, mixedDoc, tb.value("twiml-input"), "choosing the builder changes nothing")
	assert.Equal(t, "The builder edits the first <Dial> and its <Sip> nouns, and leaves the rest as written: <Say>, <Number>, <Hangup>. Edit those in the XML.",
		tb.text("twiml-parse-note"), "the builder says what it leaves alone")

	// Typing into builder fields patches only their bytes.
	tb.clickCSS(sel("tab-twiml"))
	tb.typeText("sip-0-uri", "sip:bob@example.com")
	tb.typeText("dial-callerId", "+15550001111")
	want := strings.Replace(mixedDoc, "sip:alice@example.com", "sip:bob@example.com", 1)
	want = strings.Replace(want, "timeout='20'", `timeout='20' callerId="+15550001111"`, 1)
	tb.eventually("the document after the builder edits", func() (bool, string) {
		return tb.value("twiml-input") == want, tb.value("twiml-input")
	})
	assert.Equal(t, want, tb.value("call-Twiml"), "pane 3's inline Twiml is the whole document")
	tb.assertClean()
}

func TestBuilderReadOnlyWhileXMLIsBroken(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.open(srv.home())
	tb.clickCSS(sel("twiml-mode-xml"))
	broken := "<Response>\n  <Dial>\n    <Sip>sip:a@example.com</Sip>\n  </Dial>\n"
	tb.set("twiml-input", broken)
	tb.eventually("the builder says why it is read-only", func() (bool, string) {
		note := tb.text("twiml-parse-note")
		return strings.Contains(note, "so the builder is read-only until it does"), note
	})
	assert.True(t, eval[bool](tb, `document.querySelector('[data-testid="builder"]').disabled`), "the builder's controls are disabled")
	tb.clickCSS(sel("twiml-mode-builder"))
	tb.settle()
	assert.Equal(t, broken, tb.value("twiml-input"), "the builder leaves a broken document as typed")

	// Fixed, the builder is live again and shows the document.
	tb.set("twiml-input", broken+"</Response>")
	tb.eventually("the builder is live again", func() (bool, string) {
		return !eval[bool](tb, `document.querySelector('[data-testid="builder"]').disabled`) && tb.value("sip-0-uri") == "sip:a@example.com", tb.value("sip-0-uri")
	})
	tb.assertClean()
}

func TestPaneOneDrivesSipAndTo(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.open(srv.home())
	require.True(t, tb.present("sip-0-linked"), "<Sip> 1 starts linked to pane 1")
	require.True(t, tb.present("to-linked"), "To starts linked to pane 1")

	tb.typeText("uri-input", "sip:bob@example.com")
	tb.eventually("<Sip> 1 and To follow pane 1", func() (bool, string) {
		sip, to := tb.value("sip-0-uri"), tb.value("call-To")
		return sip == "sip:bob@example.com" && to == sip, sip + " / " + to
	})

	// Edited on its own, <Sip> 1 stops following, and says so.
	tb.clickCSS(sel("tab-twiml"))
	tb.typeText("sip-0-uri", "sip:carol@example.com")
	tb.eventually("<Sip> 1 unlinked", func() (bool, string) {
		return !tb.present("sip-0-linked") && tb.present("sip-0-relink"), "still linked"
	})
	tb.clickCSS(sel("tab-uri"))
	tb.typeText("uri-input", "sip:dave@example.com")
	tb.eventually("To follows, <Sip> 1 stays", func() (bool, string) {
		return tb.value("call-To") == "sip:dave@example.com", tb.value("call-To")
	})
	assert.Equal(t, "sip:carol@example.com", tb.value("sip-0-uri"), "an unlinked <Sip> 1 stays as edited")

	// Linked again, it dials pane 1's URI and follows it.
	tb.clickCSS(sel("tab-twiml"))
	tb.run("clicking relink", chromedp.Click(sel("sip-0-relink")))
	tb.eventually("<Sip> 1 linked again", func() (bool, string) {
		return tb.present("sip-0-linked") && tb.value("sip-0-uri") == "sip:dave@example.com", tb.value("sip-0-uri")
	})

	// To: edited, it stops following; the follow button links it again.
	tb.clickCSS(sel("tab-call"))
	tb.typeText("call-To", "sip:erin@example.com")
	tb.eventually("To unlinked", func() (bool, string) {
		return !tb.present("to-linked") && tb.present("call-To-follow"), "still linked"
	})
	tb.clickCSS(sel("call-To-follow"))
	tb.eventually("To linked again", func() (bool, string) {
		return tb.present("to-linked") && tb.value("call-To") == "sip:dave@example.com", tb.value("call-To")
	})
	tb.assertClean()
}

// A document with hundreds of <Sip> nouns (generated, or pasted) is kept
// whole, and the builder shows forms for the ten a <Dial> may hold only,
// saying where the rest are: a form for each had stalled the page.
func TestBuilderShowsTheNounsADialHolds(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.open(srv.home())
	var b strings.Builder
	b.WriteString("<Response><Dial>")
	for i := range 600 {
		b.WriteString("<Sip>sip:user" + strconv.Itoa(i) + "@example.com</Sip>")
	}
	b.WriteString("</Dial></Response>")
	doc := b.String()
	tb.clickCSS(sel("twiml-mode-xml"))
	tb.set("twiml-input", doc)
	tb.eventually("the builder says where the other nouns are", func() (bool, string) {
		return strings.Contains(tb.text("nouns-hidden"), "590"), tb.text("nouns-hidden")
	})
	assert.Equal(t, 10, eval[int](tb, `document.querySelectorAll('[data-testid="builder"] fieldset.sip').length`), "one form per noun a <Dial> holds")
	assert.Equal(t, "sip:user9@example.com", tb.value("sip-9-uri"))
	assert.Equal(t, doc, tb.value("twiml-input"), "the document is kept whole")
	tb.assertClean()
}
