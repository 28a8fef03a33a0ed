package e2e

// Issue 11, data loss 2 and 3, and "Sharing": a page-level replacement (an
// example) is undone by Back and by Undo; arrowing through the example
// select applies nothing; a fix is one step of the editor's undo; the link
// carries the snippet language and says when it left passwords out.

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ctrlZ presses Ctrl+Z in the focused element.
var ctrlZ = chromedp.KeyEvent("z", chromedp.KeyModifiers(chromedp.ModifierCtrl))

// waitValue waits until a control's value is want.
func (tb *tab) waitValue(testid, want string) {
	tb.t.Helper()
	tb.eventually(testid+" = "+want, func() (bool, string) {
		got := tb.value(testid)
		return got == want, got
	})
}

func TestExampleIsUndoneByBackAndUndo(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openFreshTab(t, srv)
	tb.open(srv.home())
	mine := "sip:mine@example.com;transport=tls"
	tb.typeText("uri-input", mine)
	tb.settle()

	// Arrowing through the closed select applies nothing.
	tb.run("arrowing through the examples", chromedp.Focus(sel("example-select")),
		chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.ArrowDown))
	tb.settle()
	require.NotEqual(t, "", tb.value("example-select"), "the select moved to an example")
	assert.Equal(t, mine, tb.value("uri-input"), "arrowing applies no example")
	assert.False(t, tb.present("undo-notice"), "nothing to undo yet")

	// Enter applies the example shown (Escape closes the list Chromium
	// opens on Enter).
	tb.run("pressing Enter", chromedp.KeyEvent(kb.Enter), chromedp.KeyEvent(kb.Escape))
	tb.eventually("the example loaded", func() (bool, string) {
		return tb.value("uri-input") != mine && tb.present("undo-notice"), tb.value("uri-input")
	})
	example := tb.value("uri-input")
	assert.Contains(t, tb.text("undo-notice"), "loaded.")
	assert.Contains(t, tb.text("undo"), "Undo")

	// Back brings back what was typed.
	tb.run("going back", chromedp.NavigateBack())
	tb.waitValue("uri-input", mine)
	tb.run("going forward", chromedp.NavigateForward())
	tb.waitValue("uri-input", example)

	// So does the Undo control, after another example.
	tb.run("going back", chromedp.NavigateBack())
	tb.waitValue("uri-input", mine)
	tb.run("choosing again", chromedp.Focus(sel("example-select")), chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.Enter), chromedp.KeyEvent(kb.Escape))
	tb.eventually("an example loaded", func() (bool, string) {
		return tb.value("uri-input") != mine && tb.present("undo"), tb.value("uri-input")
	})
	tb.run("clicking Undo", chromedp.Click(sel("undo")))
	tb.waitValue("uri-input", mine)

	// After an edit, the select no longer names the example.
	tb.run("choosing again", chromedp.Focus(sel("example-select")), chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.Enter), chromedp.KeyEvent(kb.Escape))
	tb.eventually("an example loaded", func() (bool, string) {
		return tb.value("uri-input") != mine, tb.value("uri-input")
	})
	require.NotEqual(t, "", tb.value("example-select"))
	tb.run("typing", chromedp.SendKeys(sel("uri-input"), "x"))
	tb.eventually("the select no longer claims the example", func() (bool, string) {
		return tb.value("example-select") == "" && !tb.present("undo-notice"), tb.value("example-select")
	})
	tb.assertClean()
}

func TestFixIsOneUndoStep(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.open(srv.home())
	before := "sip:bob@example.com;transport=TCP;ttl=9"
	tb.typeText("uri-input", before)
	fix := `[data-testid="uri-diagnostics"] [data-testid="fix"]`
	tb.eventually("a finding with a fix", func() (bool, string) {
		return eval[bool](tb, `!!document.querySelector(`+jsString(fix)+`)`), strings.Join(codes(tb.diags("uri-diagnostics")), " ")
	})
	tb.run("clicking the fix", chromedp.Click(fix))
	tb.eventually("the fix applied", func() (bool, string) {
		return tb.value("uri-input") != before, tb.value("uri-input")
	})
	fixed := tb.value("uri-input")
	findings := strings.Join(codes(tb.diags("uri-diagnostics")), " ")

	tb.run("Ctrl+Z", chromedp.Focus(sel("uri-input")), ctrlZ)
	tb.waitValue("uri-input", before)
	tb.eventually("the findings follow the undo", func() (bool, string) {
		got := strings.Join(codes(tb.diags("uri-diagnostics")), " ")
		return got != findings, got
	})
	tb.run("Ctrl+Shift+Z", chromedp.KeyEvent("z", chromedp.KeyModifiers(chromedp.ModifierCtrl, chromedp.ModifierShift)))
	tb.waitValue("uri-input", fixed)
	tb.assertClean()
}

func TestTypingThenUndoAsInATextarea(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.open(srv.home())
	start := tb.value("uri-input")
	tb.run("typing at the end", chromedp.Click(sel("uri-input")),
		chromedp.KeyEvent(kb.End), chromedp.SendKeys(sel("uri-input"), ";transport=tcp"))
	tb.waitValue("uri-input", start+";transport=tcp")
	tb.run("Ctrl+Z", ctrlZ)
	tb.waitValue("uri-input", start)
	tb.assertClean()
}

func TestLinkKeepsLanguageAndSaysWhatItLeftOut(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.open(srv.home())
	tb.clickCSS(sel("tab-call"))
	tb.run("choosing Python", chromedp.Click(sel("snippet-tab-python")))
	tb.set("sip-0-password", "hunter2")
	link := tb.shareLink()
	assert.NotContains(t, link, "hunter2")

	other := openFreshTab(t, srv)
	other.open(link)
	assert.Equal(t, "true", eval[string](other, `document.querySelector('[data-testid="snippet-tab-python"]').getAttribute("aria-selected")`), "the snippet language comes with the link")
	other.eventually("the link says what it left out", func() (bool, string) {
		got := other.text("secrets-left-out")
		return strings.HasPrefix(got, "Secrets (passwords, the auth token) were left out of this link."), got
	})
	assert.Empty(t, other.value("sip-0-password"))

	// A damaged link's notice goes once the person edits.
	damaged := openFreshTab(t, srv)
	damaged.open(srv.home() + "#v1.AAAA")
	require.NotEmpty(t, strings.TrimSpace(damaged.text("share-error")), "the damaged link is reported")
	damaged.run("typing", chromedp.Click(sel("uri-input")), chromedp.SendKeys(sel("uri-input"), "x"))
	damaged.eventually("the notice clears on an edit", func() (bool, string) {
		return !damaged.present("share-error"), damaged.text("share-error")
	})
	tb.assertClean()
	other.assertClean()
	damaged.assertClean()
}

// TestUndoInAFieldChangesOnlyThatField presses Ctrl+Z in a field more times
// than it has edits: Chromium's undo history is the page's, so the extra
// presses would reach back into pane 1's URI, out of sight.
func TestUndoInAFieldChangesOnlyThatField(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.run("a wide window", chromedp.EmulateViewport(1400, 900))
	tb.open(srv.home())
	start, from := tb.value("uri-input"), tb.value("call-From")
	tb.run("typing at the end of the URI", chromedp.Click(sel("uri-input")),
		chromedp.KeyEvent(kb.End), chromedp.SendKeys(sel("uri-input"), ";transport=tcp"))
	typed := start + ";transport=tcp"
	tb.waitValue("uri-input", typed)
	tb.run("typing in From", chromedp.Click(sel("call-From")), chromedp.KeyEvent(kb.End), chromedp.SendKeys(sel("call-From"), "7"))
	tb.waitValue("call-From", from+"7")

	for range 3 {
		tb.run("Ctrl+Z in From", ctrlZ)
	}
	tb.waitValue("call-From", from)
	tb.settle()
	assert.Equal(t, typed, tb.value("uri-input"), "Ctrl+Z in From leaves pane 1's URI as typed")
	for range 3 {
		tb.run("Ctrl+Shift+Z in From", chromedp.KeyEvent("z", chromedp.KeyModifiers(chromedp.ModifierCtrl, chromedp.ModifierShift)))
	}
	tb.waitValue("call-From", from+"7")
	tb.settle()
	assert.Equal(t, typed, tb.value("uri-input"), "Ctrl+Shift+Z in From leaves pane 1's URI as typed")

	// The URI's own undo still works in the URI.
	tb.run("Ctrl+Z in the URI", chromedp.Focus(sel("uri-input")), ctrlZ)
	tb.waitValue("uri-input", start)
	tb.assertClean()
}

// TestCallFieldFixIsUndoable fixes Calls parameters that have fields of
// their own; Ctrl+Z in the field brings back what was typed.
func TestCallFieldFixIsUndoable(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.run("a wide window", chromedp.EmulateViewport(1400, 900))
	tb.open(srv.home())
	tests := []struct{ field, typed, code, fixed string }{
		{"call-Timeout", " 45 ", "range", "45"},
		{"call-To", "sip:bob@example.com;transport=UDP", "transport-case", "sip:bob@example.com;transport=udp"},
	}
	// The focus goes to the list's next fix while there is one: one
	// finding at a time.
	for _, tt := range tests {
		tb.set(tt.field, tt.typed)
		button := sel("call-diagnostics") + ` [data-testid="fix"][data-code="` + tt.code + `"]`
		tb.eventually("a "+tt.code+" fix for "+tt.typed, func() (bool, string) {
			return eval[bool](tb, `!!document.querySelector(`+jsString(button)+`)`), strings.Join(codes(tb.diags("call-diagnostics")), " ")
		})
		tb.run("clicking the fix", chromedp.Click(button))
		tb.waitValue(tt.field, tt.fixed)
		tb.waitFocus(tt.field, "the field the fix changed")
		tb.run("Ctrl+Z", ctrlZ)
		tb.waitValue(tt.field, tt.typed)
		tb.eventually("the finding is back after the undo", func() (bool, string) {
			return eval[bool](tb, `!!document.querySelector(`+jsString(button)+`)`), strings.Join(codes(tb.diags("call-diagnostics")), " ")
		})
		tb.set(tt.field, tt.fixed)
	}
	tb.assertClean()
}

// TestFollowAgainAndRemoveAreUndoable clicks the buttons that throw away
// typed text: To and <Sip> 1 following pane 1 again, and removing a noun.
// Undo and Back bring the text back; the focus stays on the field.
func TestFollowAgainAndRemoveAreUndoable(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openFreshTab(t, srv)
	tb.run("a wide window", chromedp.EmulateViewport(1400, 900))
	tb.open(srv.home())
	uri := tb.value("uri-input")

	const to = "sip:mine@example.com"
	tb.typeText("call-To", to)
	tb.waitValue("call-To", to)
	tb.click("call-To-follow")
	tb.waitValue("call-To", uri)
	tb.waitFocus("call-To", "the field that follows pane 1 again")
	tb.require("undo")
	tb.click("undo")
	tb.waitValue("call-To", to)
	assert.True(t, tb.present("call-To-follow"), "To is the typed one again, not following")

	const other = "sip:other@example.com"
	tb.typeText("sip-0-uri", other)
	tb.waitValue("sip-0-uri", other)
	tb.click("sip-0-relink")
	tb.waitValue("sip-0-uri", uri)
	tb.waitFocus("sip-0-uri", "the noun that follows pane 1 again")
	tb.run("going back", chromedp.NavigateBack())
	tb.waitValue("sip-0-uri", other)
	assert.Equal(t, to, tb.value("call-To"), "Back keeps what came before")

	const second = "sip:second@example.com"
	tb.click("sip-add")
	tb.typeText("sip-1-uri", second)
	tb.waitValue("sip-1-uri", second)
	tb.click("sip-1-remove")
	tb.eventually("the noun is removed", func() (bool, string) { return !tb.present("sip-1-uri"), "" })
	tb.click("undo")
	tb.waitValue("sip-1-uri", second)
	assert.Equal(t, other, tb.value("sip-0-uri"), "Undo brings back the state before the removal only")
	tb.assertClean()
}

// TestFixOutsideAFieldIsUndoable applies fixes that no visible text field
// can take as typing: one on a list parameter, and on a phone one in pane
// 3 that fixes pane 1's URI, out of sight. The Undo notice and Back bring
// back what was there.
func TestFixOutsideAFieldIsUndoable(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openFreshTab(t, srv)
	tb.run("a wide window", chromedp.EmulateViewport(1400, 900))
	tb.open(srv.home())
	const events = "initiated,ringing"
	tb.set("call-StatusCallbackEvent", events)
	split := sel("call-diagnostics") + ` [data-testid="fix"][data-code="events"]`
	tb.eventually("a fix that splits "+events, func() (bool, string) {
		return eval[bool](tb, `!!document.querySelector(`+jsString(split)+`)`), strings.Join(codes(tb.diags("call-diagnostics")), " ")
	})
	tb.clickCSS(split)
	tb.waitValue("call-StatusCallbackEvent", "initiated ringing")
	tb.require("undo")
	tb.click("undo")
	tb.waitValue("call-StatusCallbackEvent", events)

	phone := openFreshTab(t, srv)
	phone.run("a phone", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile))
	phone.open(srv.home())
	const typed = "sip:bob@example.com;transport=TCP"
	phone.set("uri-input", typed)
	phone.clickCSS(sel("tab-call"))
	fix := sel("call-diagnostics") + ` [data-testid="fix"][data-code="transport-case"]`
	phone.eventually("pane 3 offers the fix", func() (bool, string) {
		return eval[bool](phone, `!!document.querySelector(`+jsString(fix)+`)`), strings.Join(codes(phone.diags("call-diagnostics")), " ")
	})
	phone.clickCSS(fix)
	phone.waitValue("call-To", "sip:bob@example.com;transport=tcp")
	phone.run("going back", chromedp.NavigateBack())
	phone.waitValue("call-To", typed)
	phone.clickCSS(sel("tab-uri"))
	phone.waitValue("uri-input", typed)
	tb.assertClean()
	phone.assertClean()
}

// TestFixOfAFollowingSipFixesEveryPane fixes, in pane 2's list, the URI of
// a <Sip> that follows pane 1: pane 1, To and the document are fixed
// together and stay linked (the fix once unlinked the noun and left the
// finding in panes 1 and 3); Undo brings the typed URI back everywhere.
func TestFixOfAFollowingSipFixesEveryPane(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openFreshTab(t, srv)
	tb.run("a wide window", chromedp.EmulateViewport(1400, 900))
	tb.open(srv.home())
	const typed, fixed = "sip:bob@example.com;transport=TCP", "sip:bob@example.com;transport=tcp"
	tb.typeText("uri-input", typed)
	fix := sel("twiml-diagnostics") + ` [data-testid="fix"][data-code="transport-case"]`
	tb.eventually("pane 2 offers the fix", func() (bool, string) {
		return eval[bool](tb, `!!document.querySelector(`+jsString(fix)+`)`), strings.Join(codes(tb.diags("twiml-diagnostics")), " ")
	})
	tb.run("clicking pane 2's fix", chromedp.Click(fix))
	tb.waitValue("uri-input", fixed)
	tb.waitValue("sip-0-uri", fixed)
	tb.waitValue("call-To", fixed)
	assert.True(t, tb.present("sip-0-linked"), "<Sip> 1 still follows pane 1")
	assert.Empty(t, tb.diags("uri-diagnostics"), "pane 1's finding is gone too")
	tb.click("undo")
	tb.waitValue("uri-input", typed)
	tb.waitValue("sip-0-uri", typed)
	tb.waitValue("call-To", typed)
	tb.assertClean()
}

// TestUndoInAFieldTakesBackTheRunTyped types a word into one-line fields
// of panes 2 and 3: one Ctrl+Z takes it back, as in a text box on any
// other page (the page's update on every key made each character a step).
func TestUndoInAFieldTakesBackTheRunTyped(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.run("a wide window", chromedp.EmulateViewport(1400, 900))
	tb.open(srv.home())
	for _, id := range []string{"call-From", "dial-callerId", "sip-0-username"} {
		before := tb.value(id)
		tb.run("typing into "+id, chromedp.Click(sel(id)), chromedp.KeyEvent(kb.End), chromedp.SendKeys(sel(id), "abcdef"))
		tb.waitValue(id, before+"abcdef")
		tb.run("Ctrl+Z in "+id, ctrlZ)
		tb.waitValue(id, before)
		tb.run("Ctrl+Shift+Z in "+id, chromedp.KeyEvent("z", chromedp.KeyModifiers(chromedp.ModifierCtrl, chromedp.ModifierShift)))
		tb.waitValue(id, before+"abcdef")
	}
	tb.assertClean()
}
