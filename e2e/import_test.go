package e2e

// Issue 12, "In the page": pane 3's Import reads a pasted curl command into
// the panes, shows its findings with spans into the pasted text, never keeps
// a pasted auth token, and is undone by Undo and by Back.

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestImportFillsThePanesUndoably(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openFreshTab(t, srv)
	tb.open(srv.home())
	mine := "sip:mine@example.com"
	tb.typeText("uri-input", mine)
	tb.settle()

	const token = "f00dfeedf00dfeedf00dfeedf00dfeed"
	pasted := "curl -X POST https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Calls.json \\\n" +
		"  --data-urlencode \"To=sip:imported@example.sip.twilio.com;transport=tls\" \\\n" +
		"  --data-urlencode \"From=alice\" \\\n" +
		"  --data-urlencode \"Url=https://example.com/answer.xml\" \\\n" +
		"  -u AC0123456789abcdef0123456789abcdef:" + token
	tb.clickCSS(sel("import"))
	tb.set("import-input", pasted)
	tb.clickCSS(sel("import-apply"))

	tb.waitValue("uri-input", "sip:imported@example.sip.twilio.com;transport=tls")
	assert.Equal(t, "alice", tb.value("call-From"), "From came from the pasted command")
	assert.Contains(t, tb.text("form-body"), "Url=https%3A%2F%2Fexample.com%2Fanswer.xml", "the form body holds the imported Url")
	assert.NotContains(t, tb.text("curl"), token, "the pasted token is not in the curl command")
	assert.NotContains(t, tb.value("call-AuthToken"), token, "the pasted token is not kept")

	// The findings point into the pasted text; one says the token was not kept.
	spans := eval[[]string](tb, `[...document.querySelectorAll('[data-testid="import-finding"]')].map(e => e.dataset.start + " " + e.dataset.end + " " + e.textContent)`)
	require.NotEmpty(t, spans, "the import's findings are shown")
	var tokenSaid bool
	for _, s := range spans {
		f := strings.SplitN(s, " ", 3)
		require.Len(t, f, 3, "finding %q", s)
		start, err1 := strconv.Atoi(f[0])
		end, err2 := strconv.Atoi(f[1])
		require.NoError(t, err1, "finding %q", s)
		require.NoError(t, err2, "finding %q", s)
		assert.True(t, 0 <= start && start <= end && end <= len(pasted), "span of %q within the pasted text", s)
		tokenSaid = tokenSaid || strings.Contains(strings.ToLower(f[2]), "token")
	}
	assert.True(t, tokenSaid, "a finding says the token was not kept: %v", spans)
	assert.Contains(t, tb.text("undo"), "Undo")

	// Undo brings back what was typed; Forward and Back move between them.
	tb.run("clicking Undo", chromedp.Click(sel("undo")))
	tb.waitValue("uri-input", mine)
	tb.run("going forward", chromedp.NavigateForward())
	tb.waitValue("uri-input", "sip:imported@example.sip.twilio.com;transport=tls")
	tb.run("going back", chromedp.NavigateBack())
	tb.waitValue("uri-input", mine)

	// A link made now never carries the pasted token.
	assert.NotContains(t, eval[string](tb, `location.href`), token, "the link")
}
