package e2e

// Issue 16: the first render builds a small document. A closed "More"
// section holds only its summary: opening it, with the pointer or the
// keyboard, builds its controls; a section holding a value opens by itself.
// On a phone, which shows one pane at a time, the first render builds the
// open pane only and the page builds the others in the tasks after it.

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sectionJS describes the <details> whose summary has the test hook id:
// whether it is open and how many controls it holds.
const sectionJS = `(function(id) {
	const s = document.querySelector('[data-testid="' + id + '"]');
	const d = s && s.closest("details");
	return d ? {Found: true, Open: d.open, Controls: d.querySelectorAll("input, select, textarea").length} : {};
})`

type section struct {
	Found, Open bool
	Controls    int
}

func (s section) String() string {
	return "found " + strconv.FormatBool(s.Found) + ", open " + strconv.FormatBool(s.Open) + ", " + strconv.Itoa(s.Controls) + " controls"
}

func (tb *tab) section(summary string) section {
	tb.t.Helper()
	return eval[section](tb, sectionJS+`(`+jsString(summary)+`)`)
}

// waitSection waits until the section of summary is open (with controls)
// or closed (without any).
func (tb *tab) waitSection(summary string, open bool) {
	tb.t.Helper()
	tb.eventually(summary+" open="+strconv.FormatBool(open), func() (bool, string) {
		s := tb.section(summary)
		return s.Found && s.Open == open && (s.Controls > 0) == open, s.String()
	})
}

func TestMoreSectionsBuildWhenOpened(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.run("a wide window", chromedp.EmulateViewport(1400, 900))
	tb.open(srv.home())

	for _, id := range []string{"dial-more", "sip-0-more", "call-more", "call-account", "import"} {
		s := tb.section(id)
		assert.True(t, s.Found && !s.Open && s.Controls == 0, "%s starts closed and empty: %s", id, s)
	}

	// A click on the summary opens the section and builds its controls;
	// typing into one of them changes the document.
	tb.run("opening <Dial>'s More", chromedp.Click(sel("dial-more")))
	tb.waitSection("dial-more", true)
	const refer = "https://example.com/refer"
	tb.run("typing into referUrl", chromedp.Click(sel("dial-referUrl")), chromedp.SendKeys(sel("dial-referUrl"), refer))
	tb.eventually("the document has the attribute", func() (bool, string) {
		doc := tb.value("twiml-input")
		return strings.Contains(doc, `referUrl="`+refer+`"`), doc
	})

	// Ctrl+Z undoes the typing, and the document follows the field.
	tb.run("undoing", chromedp.Focus(sel("dial-referUrl")), ctrlZ)
	tb.eventually("the document follows the undone field", func() (bool, string) {
		v, doc := tb.value("dial-referUrl"), tb.value("twiml-input")
		if v == refer || !strings.HasPrefix(refer, v) {
			return false, "field: " + v
		}
		if v == "" {
			return !strings.Contains(doc, "referUrl="), doc
		}
		return strings.Contains(doc, `referUrl="`+v+`"`), doc
	})

	// Enter on the focused summary opens a section, and closes it again.
	tb.run("opening <Sip>'s More with Enter", chromedp.Focus(sel("sip-0-more")), chromedp.KeyEvent(kb.Enter))
	tb.waitSection("sip-0-more", true)
	tb.run("closing it with Enter", chromedp.KeyEvent(kb.Enter))
	tb.waitSection("sip-0-more", false)

	// A link with a value in a "More" field opens with that section open
	// and the value in its field; the others stay closed.
	tb.set("dial-referUrl", refer)
	link := tb.shareLink()
	fresh := openTab(t, srv)
	fresh.run("a wide window", chromedp.EmulateViewport(1400, 900))
	fresh.open(link)
	fresh.waitSection("dial-more", true)
	require.True(t, fresh.present("dial-referUrl"))
	assert.Equal(t, refer, fresh.value("dial-referUrl"), "the section shows the link's value")
	s := fresh.section("call-more")
	assert.True(t, s.Found && !s.Open && s.Controls == 0, "a section without values stays closed: %s", s)
}

// firstRenderProbeJS records in window.__firstPanes, when the loader goes
// (the wasm's first render is done, before any later browser task), which
// panes hold their content.
const firstRenderProbeJS = `(function(){
	const obs = new MutationObserver(() => {
		if (window.__firstPanes !== undefined || document.readyState === "loading" || document.getElementById("app-wasm-loader")) return;
		window.__firstPanes = Array.from(document.querySelectorAll("section.pane")).map(s =>
			s.id + (s.getAttribute("aria-busy") === "true" ? ":busy" : "") + ":" + s.querySelectorAll("input, select, textarea").length);
		obs.disconnect();
	});
	obs.observe(document, {subtree: true, childList: true});
})();`

func TestPhoneBuildsTheOpenPaneFirst(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openFreshTab(t, srv)
	tb.run("a 375 px phone", chromedp.EmulateViewport(375, 812, chromedp.EmulateMobile))
	tb.run("installing the probe", chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: firstRenderProbeJS})
		return err
	}))
	tb.open(srv.home())

	// The first render builds pane 1 only; the others are there, empty and
	// busy, for the tabs to control.
	first := eval[[]string](tb, `window.__firstPanes || []`)
	require.Len(t, first, 3, "the three panes at the first render: %v", first)
	assert.Regexp(t, `^pane-uri:[1-9]\d*$`, first[0], "pane 1 is built")
	assert.Equal(t, []string{"pane-twiml:busy:0", "pane-call:busy:0"}, first[1:], "the hidden panes wait")

	// Then every pane is built (open waited for it), and each tab controls
	// an element that exists.
	assert.Equal(t, 0, eval[int](tb, `document.querySelectorAll('.pane[aria-busy="true"]').length`))
	missing := eval[[]string](tb, `Array.from(document.querySelectorAll('[role="tab"][aria-controls]')).
		map(t => t.getAttribute("aria-controls")).filter(id => !document.getElementById(id))`)
	assert.Empty(t, missing, "every tab controls an element")
	assert.Equal(t, "polite", eval[string](tb, `document.querySelector('[data-testid="announce"]').getAttribute("aria-live")`),
		"the statuses are a live region once every pane is built")
	assert.Regexp(t, `^SIP URI: \S.*\. TwiML: \S.*\. Call request: \S.*\.$`, tb.text("announce"), "with every pane's status")
	tb.run("opening pane 3", chromedp.Click(sel("tab-call")))
	tb.eventually("pane 3 shows its fields", func() (bool, string) {
		return eval[bool](tb, `!!document.querySelector('#pane-call.open [data-testid="call-To"]')`), ""
	})
}
