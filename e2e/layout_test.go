package e2e

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
)

// overflowJS reports what sticks out sideways past the window: "" when the
// page scrolls only up and down, else the widest culprit's text.
const overflowJS = `(() => {
	const w = document.documentElement.clientWidth;
	if (document.documentElement.scrollWidth <= w) return "";
	let worst = null;
	for (const e of document.querySelectorAll("body *")) {
		if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === "visible" && (!worst || e.scrollWidth - e.clientWidth > worst.scrollWidth - worst.clientWidth)) worst = e;
	}
	return "the page is " + document.documentElement.scrollWidth + " px wide in a " + w + " px window" +
		(worst ? "; widest overflow: <" + worst.tagName.toLowerCase() + "> " + JSON.stringify(worst.textContent.slice(0, 60)) : "");
})()`

// openAllJS opens every closed section (the More disclosures, the account
// and import sections) as a click on its summary would.
const openAllJS = `(() => { let n = 0; for (const d of document.querySelectorAll("details:not([open])")) { d.querySelector("summary").click(); n++; } return n; })()`

// TestNoSidewaysScroll opens every section of every pane, on a wide window,
// a laptop and a phone, and checks that nothing makes the page scroll
// sideways: long parameter names wrap within their fields.
func TestNoSidewaysScroll(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	for _, size := range []struct {
		name          string
		width, height int64
	}{{"wide window", 1400, 900}, {"laptop", 1024, 768}, {"phone", 375, 800}} {
		tb := openTab(t, srv)
		tb.run("sizing the window: "+size.name, chromedp.EmulateViewport(size.width, size.height))
		tb.open(srv.home())
		for _, pane := range []string{"uri", "twiml", "call"} {
			if eval[bool](tb, `document.querySelector('[data-testid="tab-`+pane+`"]').offsetParent !== null`) {
				tb.clickCSS(sel("tab-" + pane))
			}
			for range 3 { // an opened section may hold closed ones
				eval[int](tb, openAllJS)
				tb.settle()
			}
			tb.eventually(fmt.Sprintf("no sideways scroll (%s, pane %s)", size.name, pane), func() (bool, string) {
				msg := eval[string](tb, overflowJS)
				return msg == "", msg
			})
		}
	}
}
