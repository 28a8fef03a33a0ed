package e2e

// Issue 16: the page paints a link's state in its first render, with the
// texts plain, and highlights them after that, one per browser task.

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

// tokenSpansJS counts the token spans (a chroma class, not a finding's
// wrapper) of an editor's highlighted layer, by its textarea's test hook.
const tokenSpansJS = `(function(id) {
	const e = document.querySelector('[data-testid="' + id + '"]');
	const layer = e && e.previousElementSibling;
	return layer ? layer.querySelectorAll("span[class]:not(.diag)").length : -1;
})`

func TestLinkOpensThenHighlights(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.open(srv.home())
	const uri = "sip:bob@example.com;transport=sctp"
	tb.set("uri-input", uri)
	link := tb.shareLink()

	fresh := openTab(t, srv)
	fresh.open(link)
	// Ready means pane 1's status is filled: it is the link's, not the
	// defaults'.
	assert.Equal(t, uri, fresh.value("uri-input"), "the first render shows the link's URI")
	assert.Equal(t, "1 error", fresh.text("uri-status"), "and its findings")

	for _, id := range []string{"uri-input", "twiml-input"} {
		fresh.eventually(id+" is highlighted after the first paint", func() (bool, string) {
			n := eval[int](fresh, tokenSpansJS+`(`+jsString(id)+`)`)
			return n > 0, "token spans: " + strconv.Itoa(n)
		})
	}
	fresh.eventually("pane 1's finding is underlined", func() (bool, string) {
		got := fresh.overlaySpans("uri-input")
		return assert.ObjectsAreEqual(wantSpans(uri), got), fmt.Sprint(got)
	})
}
