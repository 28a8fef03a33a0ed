package e2e

// Issue 16: a closed "More" section holds only its summary, so the first
// render builds a small document. Opening it, with the pointer or the
// keyboard, builds its controls; a section holding a value opens by itself.

import (
	"strconv"
	"strings"
	"testing"

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
