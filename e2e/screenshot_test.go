package e2e

// The README's screenshot is the real page, taken here (make screenshot).

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// screenshotPath is where make screenshot saves the README's image.
const screenshotPath = "../docs/screenshot.png"

// TestScreenshot takes a 1400x900 screenshot of the page with a URI that
// shows findings and a fix, and saves it to docs/screenshot.png when
// SIPPLAY_SCREENSHOT=1.
func TestScreenshot(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.run("sizing the window", chromedp.EmulateViewport(1400, 900))
	tb.open(srv.home())
	tb.set("uri-input", "sip:alice@example.sip.twilio.com;transport=TCP;region=ie1?X-Team=blue&amp;User-to-User=123456789%3Bencoding%3Dhex")
	tb.set("sip-0-username", "alice")
	tb.eventually("findings to show", func() (bool, string) {
		return len(tb.diags("uri-diagnostics")) > 0, tb.text("uri-status")
	})
	tb.run("settling", chromedp.Sleep(300*time.Millisecond))
	shot, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	cfg, err := png.DecodeConfig(bytes.NewReader(shot))
	require.NoError(t, err, "the screenshot is a PNG")
	assert.Equal(t, 1400, cfg.Width, "screenshot width")
	assert.Equal(t, 900, cfg.Height, "screenshot height")
	tb.assertClean()
	if os.Getenv("SIPPLAY_SCREENSHOT") == "1" {
		require.NoError(t, os.MkdirAll(filepath.Dir(screenshotPath), 0o755))
		require.NoError(t, os.WriteFile(screenshotPath, shot, 0o644))
		t.Logf("saved %s", screenshotPath)
	}
}
