package e2e

// Focus and keyboard (issue 11): the focus stays on a useful control after
// a noun is moved or removed, after the last fix and after the theme
// toggle; the pane tabs follow the ARIA tabs pattern; tap targets are at
// least 24×24 px; sizes follow the person's font size.

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// click clicks a test hook with a real mouse click.
func (tb *tab) click(testid string) {
	tb.t.Helper()
	tb.run("clicking "+testid, chromedp.Click(chromedp.CSS(sel(testid))))
}

// waitFocus waits until the element with the test hook has the focus.
func (tb *tab) waitFocus(testid, why string) {
	tb.t.Helper()
	tb.eventually("the focus is on "+testid+" ("+why+")", func() (bool, string) {
		got := tb.activeTestID()
		return got == testid, "focused: " + got
	})
}

func TestFocusFollowsNouns(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.run("a wide window", chromedp.EmulateViewport(1400, 900))
	tb.open(srv.home())
	tb.click("sip-add")
	tb.waitFocus("sip-1-uri", "an added noun's URI")
	tb.click("sip-add")
	tb.waitFocus("sip-2-uri", "an added noun's URI")
	const moved = "sip:moved@example.com"
	tb.set("sip-1-uri", moved)

	tb.click("sip-1-down")
	tb.eventually("noun 2 moved down", func() (bool, string) { return tb.value("sip-2-uri") == moved, tb.value("sip-2-uri") })
	tb.waitFocus("sip-2-up", "the moved noun, now last: its up arrow")

	tb.click("sip-2-up")
	tb.eventually("the noun moved back up", func() (bool, string) { return tb.value("sip-1-uri") == moved, tb.value("sip-1-uri") })
	tb.waitFocus("sip-1-up", "the moved noun's up arrow")

	tb.click("sip-1-up")
	tb.eventually("the noun moved to the top", func() (bool, string) { return tb.value("sip-0-uri") == moved, tb.value("sip-0-uri") })
	tb.waitFocus("sip-0-down", "the moved noun, now first: its down arrow")

	tb.click("sip-0-remove")
	tb.eventually("the noun is gone", func() (bool, string) { return !tb.present("sip-2-uri"), "" })
	tb.waitFocus("sip-0-uri", "the noun that took the removed one's place")
	tb.assertClean()
}

func TestFocusAfterLastFixAndThemeToggle(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.run("a wide window", chromedp.EmulateViewport(1400, 900))
	tb.open(srv.home())
	tb.set("uri-input", "sip:alice@example.com ")
	tb.eventually("a fix for the trailing space", func() (bool, string) {
		return tb.present("fix"), ""
	})
	tb.run("clicking the last fix", chromedp.Click(chromedp.CSS(sel("uri-diagnostics")+` [data-testid="fix"]`)))
	tb.eventually("the fix applied", func() (bool, string) { return tb.value("uri-input") == "sip:alice@example.com", tb.value("uri-input") })
	tb.waitFocus("uri-input", "the text the last fix changed")

	tb.click("theme-toggle")
	tb.eventually("the theme changed", func() (bool, string) {
		p := eval[string](tb, `document.querySelector('[data-testid="theme-toggle"]').getAttribute("aria-pressed")`)
		return p == "true" || eval[string](tb, `document.documentElement.dataset.theme||""`) != "", p
	})
	tb.waitFocus("theme-toggle", "the toggle itself")
	tb.assertClean()
}

func TestPaneTabsFollowTheARIATabsPattern(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.run("a phone-sized window", chromedp.EmulateViewport(400, 800))
	tb.open(srv.home())
	state := func() string {
		return eval[string](tb, `Array.from(document.querySelectorAll('[role="tab"][data-testid^="tab-"]')).map(t =>
			t.dataset.testid + "=" + t.getAttribute("aria-selected") + "/" + t.getAttribute("tabindex")).join(" ")`)
	}
	want := func(open string) string {
		s := ""
		for _, p := range []string{"uri", "twiml", "call", "flow"} {
			if s != "" {
				s += " "
			}
			if p == open {
				s += "tab-" + p + "=true/0"
			} else {
				s += "tab-" + p + "=false/-1"
			}
		}
		return s
	}
	require.Equal(t, want("uri"), state(), "only the open tab is in the Tab order")
	tb.click("tab-uri")
	for _, step := range []struct{ key, open string }{
		{kb.ArrowRight, "twiml"},
		{kb.ArrowRight, "call"},
		{kb.ArrowRight, "flow"},
		{kb.ArrowRight, "uri"}, // wraps around
		{kb.ArrowLeft, "flow"},
		{kb.Home, "uri"},
		{kb.End, "flow"},
		{kb.ArrowLeft, "call"},
	} {
		tb.run("pressing a key on the tabs", chromedp.KeyEvent(step.key))
		tb.eventually("tab-"+step.open+" open after the key", func() (bool, string) {
			return state() == want(step.open), state()
		})
		tb.waitFocus("tab-"+step.open, "the tab the key moved to")
		assert.True(t, eval[bool](tb, `getComputedStyle(document.getElementById("pane-`+step.open+`")).display !== "none"`), "pane %s shows", step.open)
	}
	tb.assertClean()
}

// TestSnippetTabsFollowTheARIATabsPattern moves through the snippet
// languages with the arrow keys, as the pane tabs do: one tab in the Tab
// order, the arrows choose and focus the next.
func TestSnippetTabsFollowTheARIATabsPattern(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.run("a wide window", chromedp.EmulateViewport(1400, 900))
	tb.open(srv.home())
	tabs := func() []string {
		return eval[[]string](tb, `Array.from(document.querySelectorAll('[role="tab"][data-testid^="snippet-tab-"]')).map(t =>
			t.dataset.testid + "=" + t.getAttribute("aria-selected") + "/" + t.getAttribute("tabindex"))`)
	}
	all := tabs()
	require.GreaterOrEqual(t, len(all), 3, "the snippet languages: %v", all)
	id := func(i int) string { return strings.SplitN(all[i], "=", 2)[0] }
	tabbable := func() []string {
		var out []string
		for _, s := range tabs() {
			if strings.HasSuffix(s, "/0") {
				out = append(out, s)
			}
		}
		return out
	}
	assert.Equal(t, []string{id(0) + "=true/0"}, tabbable(), "only the chosen language is in the Tab order")
	assert.Equal(t, id(0), eval[string](tb, `document.getElementById(document.querySelector('[data-testid="snippet"]').getAttribute("aria-labelledby")).dataset.testid`), "the snippet is labelled by its tab")

	first := tb.text("snippet")
	tb.run("focusing the first language", chromedp.Focus(sel(id(0))))
	for _, step := range []struct {
		key  string
		want int
	}{
		{kb.ArrowRight, 1},
		{kb.End, len(all) - 1},
		{kb.ArrowRight, 0}, // wraps around
		{kb.ArrowLeft, len(all) - 1},
		{kb.Home, 0},
		{kb.ArrowRight, 1},
	} {
		tb.run("pressing a key on the snippet tabs", chromedp.KeyEvent(step.key))
		tb.eventually(id(step.want)+" chosen after the key", func() (bool, string) {
			got := tabbable()
			return len(got) == 1 && got[0] == id(step.want)+"=true/0", strings.Join(tabs(), " ")
		})
		tb.waitFocus(id(step.want), "the tab the key moved to")
	}
	assert.NotEqual(t, first, tb.text("snippet"), "the snippet follows the chosen language")
	tb.assertClean()
}

// TestModeTabsFollowTheARIATabsPattern moves between pane 2's Builder and
// Edit XML tabs with the arrow keys; the focus stays on the tabs.
func TestModeTabsFollowTheARIATabsPattern(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.run("a wide window", chromedp.EmulateViewport(1400, 900))
	tb.open(srv.home())
	tabs := func() string {
		return eval[string](tb, `Array.from(document.querySelectorAll('[role="tab"][data-testid^="twiml-mode-"]')).map(t =>
			t.dataset.testid + "=" + t.getAttribute("aria-selected") + "/" + t.getAttribute("tabindex")).join(" ")`)
	}
	require.Equal(t, "twiml-mode-builder=true/0 twiml-mode-xml=false/-1", tabs(), "only the chosen mode is in the Tab order")
	tb.run("focusing the Builder tab", chromedp.Focus(sel("twiml-mode-builder")))
	for _, step := range []struct{ key, want, state string }{
		{kb.ArrowRight, "twiml-mode-xml", "twiml-mode-builder=false/-1 twiml-mode-xml=true/0"},
		{kb.ArrowRight, "twiml-mode-builder", "twiml-mode-builder=true/0 twiml-mode-xml=false/-1"}, // wraps around
		{kb.End, "twiml-mode-xml", "twiml-mode-builder=false/-1 twiml-mode-xml=true/0"},
		{kb.Home, "twiml-mode-builder", "twiml-mode-builder=true/0 twiml-mode-xml=false/-1"},
	} {
		tb.run("pressing a key on the mode tabs", chromedp.KeyEvent(step.key))
		tb.eventually(step.want+" chosen after the key", func() (bool, string) { return tabs() == step.state, tabs() })
		tb.waitFocus(step.want, "the tab the key moved to")
	}
	tb.click("twiml-mode-xml")
	tb.waitFocus("twiml-input", "a click on Edit XML goes on to the editor")
	tb.assertClean()
}

func TestTapTargetsAndTextSize(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	for _, size := range []struct{ w, h int64 }{{1400, 900}, {400, 800}} {
		tb.run("a window", chromedp.EmulateViewport(size.w, size.h))
		tb.open(srv.home())
		small := eval[[]string](tb, `(function(){
			document.querySelectorAll("details").forEach(d => d.open = true);
			return Array.from(document.querySelectorAll("button, select, input, textarea, summary")).filter(e => {
				const r = e.getBoundingClientRect();
				return r.width > 0 && r.height > 0 && (r.width < 24 || r.height < 24);
			}).map(e => (e.dataset.testid || e.id || e.tagName + "." + e.className) + " " + Math.round(e.getBoundingClientRect().width) + "x" + Math.round(e.getBoundingClientRect().height));
		})()`)
		assert.Empty(t, small, "controls smaller than 24x24 px at %dx%d", size.w, size.h)
	}

	// A person's font size (the root's) scales the text and the editors.
	base := eval[float64](tb, `parseFloat(getComputedStyle(document.querySelector('[data-testid="uri-input"]')).fontSize)`)
	require.Greater(t, base, 0.0)
	eval[bool](tb, `(document.documentElement.style.fontSize = "32px", true)`)
	got := eval[float64](tb, `parseFloat(getComputedStyle(document.querySelector('[data-testid="uri-input"]')).fontSize)`)
	assert.InDelta(t, 2*base, got, 0.5, "the editor's text doubles with the root font size (was %s px)", strconv.FormatFloat(base, 'f', 1, 64))
	layer := eval[float64](tb, `parseFloat(getComputedStyle(document.querySelector('#pane-uri .hl-layer')).fontSize)`)
	assert.Equal(t, got, layer, "the highlighted layer keeps the textarea's size, so the caret stays over its text")
	tb.assertClean()
}
