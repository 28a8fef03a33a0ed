package e2e

// Issue 5's "Everywhere" promises that a browser can check: labelled
// controls, tabs on a phone, a remembered theme, honest copy buttons.

import (
	"context"
	"strings"
	"testing"

	cdpbrowser "github.com/chromedp/cdproto/browser"
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
	for _, p := range []string{"twiml", "call", "flow", "uri"} {
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

// setClipboard grants or denies the tab's origin the Clipboard API, in the
// tab's own browser context.
func (tb *tab) setClipboard(setting cdpbrowser.PermissionSetting) {
	tb.t.Helper()
	bc := chromedp.FromContext(tb.ctx).BrowserContextID
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		tb.run("setting "+name+" to "+string(setting), chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			_, err := chromedp.CallBrowser(ctx, cdpbrowser.SetPermission, cdpbrowser.SetPermissionParams{
				Permission: &cdpbrowser.PermissionDescriptor{Name: name}, Setting: setting,
				Origin: tb.srv.URL, BrowserContextID: bc,
			})
			return err
		}))
	}
}

// TestCopySaysCopiedOnlyWhenItWorked clicks copy buttons with the
// clipboard allowed, then refused.
func TestCopySaysCopiedOnlyWhenItWorked(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openFreshTab(t, srv) // its own permissions
	tb.run("a wide window", chromedp.EmulateViewport(1400, 900))
	tb.open(srv.home())
	tb.set("call-From", "Jack")
	tb.eventually("the form body shows From=Jack", func() (bool, string) {
		return strings.Contains(tb.text("form-body"), "From=Jack"), tb.text("form-body")
	})

	tb.setClipboard(cdpbrowser.PermissionSettingGranted)
	tb.run("clicking copy-form-body", chromedp.Click(chromedp.CSS(sel("copy-form-body"))))
	tb.waitText("copy-form-body", "Copied")
	assert.Equal(t, tb.text("form-body"), eval[string](tb, `navigator.clipboard.readText()`), "the clipboard holds the form body")

	tb.setClipboard(cdpbrowser.PermissionSettingDenied)
	tb.run("clicking copy-curl", chromedp.Click(chromedp.CSS(sel("copy-curl"))))
	tb.eventually("copy-curl reports the failure", func() (bool, string) {
		label := strings.TrimSpace(tb.text("copy-curl"))
		return label != "Copy" && label != "", label
	})
	assert.NotEqual(t, "Copied", strings.TrimSpace(tb.text("copy-curl")), "a refused copy never says Copied")
}
