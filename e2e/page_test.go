package e2e

// Issue 5's "Everywhere" promises that a browser can check: labelled
// controls, tabs on a phone, a remembered theme.

import (
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
)

func TestControlsHaveLabels(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.open(srv.home())
	unlabelled := eval[[]string](tb, `Array.from(document.querySelectorAll("input, select, textarea, button")).filter(e =>
		e.type !== "hidden" &&
		!(e.labels && e.labels.length > 0) &&
		!e.getAttribute("aria-label") && !e.getAttribute("aria-labelledby") &&
		!(e instanceof HTMLButtonElement && e.textContent.trim() !== "")
	).map(e => e.outerHTML.slice(0, 100))`)
	assert.Empty(t, unlabelled, "controls without a label")
	tb.assertClean()
}

func TestPhoneLayoutUsesTabs(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.run("a 375 px phone", chromedp.EmulateViewport(375, 812, chromedp.EmulateMobile))
	tb.open(srv.home())
	visible := func() []string {
		return eval[[]string](tb, `Array.from(document.querySelectorAll("section")).filter(s => s.offsetParent !== null && s.getBoundingClientRect().height > 0).map(s => s.id)`)
	}
	assert.Len(t, visible(), 1, "one pane at a time on a phone: %v", visible())
	for _, p := range []string{"twiml", "call", "uri"} {
		tb.clickCSS(sel("tab-" + p))
		tb.eventually("pane "+p+" alone on screen", func() (bool, string) {
			v := visible()
			return len(v) == 1 && v[0] == "pane-"+p, eval[string](tb, `JSON.stringify(Array.from(document.querySelectorAll("section")).map(s => s.id + ":" + s.className))`)
		})
	}
	fits := eval[bool](tb, `document.documentElement.scrollWidth <= window.innerWidth + 1`)
	assert.True(t, fits, "no horizontal scrolling on a 375 px phone")
	tb.assertClean()
}

func TestThemeToggleRemembered(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openFreshTab(t, srv) // its own storage: the choice must not leak into other tests
	tb.open(srv.home())
	theme := func() string {
		return eval[string](tb, `document.documentElement.getAttribute("data-theme") || ""`)
	}
	before := theme()
	tb.clickCSS(sel("theme-toggle"))
	var chosen string
	tb.eventually("the toggle sets a theme", func() (bool, string) {
		chosen = theme()
		return chosen != "" && chosen != before, chosen
	})
	tb.run("reloading", chromedp.Reload())
	tb.waitReady()
	tb.eventually("the theme is remembered after a reload", func() (bool, string) {
		return theme() == chosen, theme()
	})
	tb.assertClean()
}
