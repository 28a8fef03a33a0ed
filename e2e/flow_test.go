package e2e

// The "What happens" view (issue 13): it follows every pane while typing,
// the outcome selector changes the arrows, and its copy buttons work.

import (
	"bytes"
	"encoding/json"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// openFlow opens the view and waits for its first arrow.
func (tb *tab) openFlow() {
	tb.t.Helper()
	tb.require("flow")
	if !tb.present("flow-step") {
		// A phone shows the view as a tab; a wide window, under the panes
		// behind its own button.
		if eval[bool](tb, `document.querySelector('[data-testid="tab-flow"]').offsetParent !== null`) {
			tb.clickCSS(sel("tab-flow"))
		} else {
			tb.clickCSS(sel("flow-toggle"))
		}
	}
	tb.eventually("the flow shows its steps", func() (bool, string) {
		return tb.present("flow-step"), tb.text("flow")
	})
}

// flowSteps lists the arrows as "kind label".
func (tb *tab) flowSteps() []string {
	tb.t.Helper()
	raw := eval[string](tb, `JSON.stringify(Array.from(document.querySelectorAll('[data-testid="flow-step"]')).map(e => e.dataset.kind + " " + e.dataset.label))`)
	var out []string
	require.NoError(tb.t, json.Unmarshal([]byte(raw), &out))
	return out
}

// waitStep waits until an arrow "kind label" is drawn (or, with want false,
// is not).
func (tb *tab) waitStep(step string, want bool) {
	tb.t.Helper()
	tb.eventually("the flow has "+step+" = "+boolWord(want), func() (bool, string) {
		steps := tb.flowSteps()
		has := false
		for _, s := range steps {
			has = has || s == step
		}
		return has == want, strings.Join(steps, ", ")
	})
}

func boolWord(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// ladderText is the text of the diagram (lane titles, labels, times).
func (tb *tab) ladderText() string {
	tb.t.Helper()
	return eval[string](tb, `(function(){const e=document.querySelector('.flow-ladder svg');return e?e.textContent:"";})()`)
}

// TestFlowFollowsPanes types into each pane and watches the flow change.
func TestFlowFollowsPanes(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.run("a wide window", chromedp.EmulateViewport(1400, 900))
	tb.open(srv.home())
	tb.openFlow()
	tb.waitStep("sip INVITE", true)
	tb.waitStep("http POST Url", true)
	assert.Equal(t, "svg", eval[string](tb, `document.querySelector('.flow-ladder svg').namespaceURI === "http://www.w3.org/2000/svg" ? "svg" : "html"`),
		"the ladder is real SVG")

	// Pane 1, typed key by key: a TLS URI moves the endpoint to port 5061.
	tb.typeText("uri-input", "sip:bob@example.org;transport=tls")
	tb.eventually("the INVITE follows pane 1", func() (bool, string) {
		inv := tb.text("invite")
		return strings.HasPrefix(inv, "INVITE sip:bob@example.org;transport=tls SIP/2.0\n") && strings.Contains(inv, "Via: SIP/2.0/TLS "), inv
	})
	tb.eventually("the endpoint lane shows port 5061", func() (bool, string) {
		return strings.Contains(tb.ladderText(), "example.org:5061/tls"), tb.ladderText()
	})

	// Pane 2: a <Dial action> adds the action request.
	tb.waitStep("http POST action", false)
	tb.set("dial-action", "https://example.com/after-dial")
	tb.waitStep("http POST action", true)

	// Pane 3: a status callback with events adds one arrow per event.
	tb.set("call-StatusCallback", "https://example.com/status")
	tb.waitStep("http POST statusCallback", true)
	count := func() int {
		n := 0
		for _, s := range tb.flowSteps() {
			if s == "http POST statusCallback" {
				n++
			}
		}
		return n
	}
	assert.Equal(t, 1, count(), "only completed when no event is named")
	tb.set("call-StatusCallbackEvent", "initiated ringing answered completed")
	tb.eventually("four status callbacks", func() (bool, string) {
		return count() == 4, strings.Join(tb.flowSteps(), ", ")
	})

	// Every webhook shows its URL, body, signature and replay command.
	tb.set("call-AuthToken", "0123456789abcdef0123456789abcdef")
	tb.eventually("the webhooks are signed", func() (bool, string) {
		sig := tb.text("webhook-signature")
		return len(sig) == 28, sig
	})
	tb.require("webhook-url")
	tb.require("webhook-body")
	curl := tb.text("webhook-curl")
	assert.Contains(t, curl, "X-Twilio-Signature: ")
	assert.Contains(t, curl, "'http://localhost:3000/")
	tb.set("flow-replay-base", "http://127.0.0.1:8080")
	tb.eventually("the replay follows its base", func() (bool, string) {
		return strings.Contains(tb.text("webhook-curl"), "'http://127.0.0.1:8080/"), tb.text("webhook-curl")
	})
	tb.assertClean()
}

// TestFlowOutcome switches the outcome and checks the arrows.
func TestFlowOutcome(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.run("a phone", chromedp.EmulateViewport(375, 800))
	tb.open(srv.home())
	tb.openFlow()
	for _, c := range []struct {
		outcome  string
		has, not []string
	}{
		{"busy", []string{"sip 486 Busy Here"}, []string{"http POST Url", "sip 180 Ringing"}},
		{"declined", []string{"sip 180 Ringing", "sip 603 Decline"}, []string{"http POST Url"}},
		{"not-found", []string{"sip 404 Not Found"}, []string{"sip 180 Ringing"}},
		{"no-answer", []string{"sip CANCEL", "sip 487 Request Terminated"}, []string{"sip BYE"}},
		{"unreachable", []string{"sip INVITE"}, []string{"sip 100 Trying"}},
		{"answered", []string{"sip 200 OK", "sip BYE", "http POST Url"}, []string{"sip CANCEL"}},
	} {
		tb.set("flow-outcome", c.outcome)
		for _, s := range c.has {
			tb.waitStep(s, true)
		}
		for _, s := range c.not {
			tb.waitStep(s, false)
		}
	}
	width := eval[float64](tb, `document.querySelector('.flow-ladder svg').getBoundingClientRect().width`)
	assert.LessOrEqual(t, width, 375.0, "the ladder fits a 375 px phone")
	assert.Greater(t, width, 250.0, "the ladder uses the phone's width")
	scroll := eval[bool](tb, `document.documentElement.scrollWidth <= document.documentElement.clientWidth`)
	assert.True(t, scroll, "no sideways scrolling on a phone")
	tb.assertClean()
}

// TestFlowKeyboardAndCopy chooses an arrow with the keyboard and copies a
// webhook's replay command.
func TestFlowKeyboardAndCopy(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openFreshTab(t, srv) // its own permissions
	tb.run("a wide window", chromedp.EmulateViewport(1400, 900))
	tb.open(srv.home())
	tb.openFlow()

	// The INVITE arrow is reachable by keyboard and Enter chooses it.
	eval[bool](tb, `(document.querySelector('[data-testid="flow-step"][data-label="INVITE"]').focus(), true)`)
	focused := eval[string](tb, `document.activeElement ? (document.activeElement.dataset.label || "") : ""`)
	require.Equal(t, "INVITE", focused, "the arrow takes focus")
	assert.Equal(t, "0", eval[string](tb, `document.activeElement.getAttribute("tabindex")`))
	tb.run("pressing Enter", chromedp.KeyEvent("\r"))
	tb.eventually("the INVITE is chosen", func() (bool, string) {
		return strings.HasPrefix(tb.text("flow-message"), "INVITE "), tb.text("flow-detail")
	})

	tb.setClipboard(cdpbrowser.PermissionSettingGranted)
	css := `[data-testid="webhook"] [data-testid="flow-copy"][data-copy^="curl:"]`
	eval[bool](tb, `(document.querySelector('[data-testid="webhook"]').open = true)`)
	tb.run("clicking the replay's copy button", chromedp.Click(chromedp.CSS(css)))
	tb.eventually("the button says Copied", func() (bool, string) {
		label := eval[string](tb, `document.querySelector(`+jsString(css)+`).textContent`)
		return label == "Copied", label
	})
	assert.Equal(t, tb.text("webhook-curl"), eval[string](tb, `navigator.clipboard.readText()`), "the clipboard holds the replay")
	tb.assertClean()
}

// flowScreenshotPath is where make screenshot saves the README's image of
// the view.
const flowScreenshotPath = "../docs/flow.png"

// TestFlowScreenshot takes a screenshot of the "What happens" view for the
// README (saved when SIPPLAY_SCREENSHOT=1): a TLS endpoint with custom
// headers, a <Dial action> and status callbacks, the INVITE chosen.
func TestFlowScreenshot(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.run("sizing the window", chromedp.EmulateViewport(1400, 900))
	tb.open(srv.home())
	tb.set("uri-input", "sip:alice@example.com;transport=tls?X-Team=blue")
	tb.set("dial-action", "https://example.com/after-dial")
	tb.set("call-StatusCallback", "https://example.com/status")
	tb.set("call-StatusCallbackEvent", "initiated ringing answered completed")
	tb.set("call-AuthToken", "0123456789abcdef0123456789abcdef")
	tb.openFlow()
	tb.waitStep("http POST action", true)
	eval[bool](tb, `(document.getElementById("pane-flow").scrollIntoView(), true)`)
	tb.settle()
	shot, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	cfg, err := png.DecodeConfig(bytes.NewReader(shot))
	require.NoError(t, err, "the screenshot is a PNG")
	assert.Equal(t, 1400, cfg.Width, "screenshot width")
	tb.assertClean()
	if os.Getenv("SIPPLAY_SCREENSHOT") == "1" {
		require.NoError(t, os.MkdirAll(filepath.Dir(flowScreenshotPath), 0o755))
		require.NoError(t, os.WriteFile(flowScreenshotPath, shot, 0o644))
		t.Logf("saved %s", flowScreenshotPath)
	}
}
