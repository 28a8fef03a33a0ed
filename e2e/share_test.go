package e2e

// Issue 6: permalinks restore the state in a fresh browser, leave secrets
// out unless asked, survive damage; the gallery's examples check clean.

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The default state a first visit shows (state.Default, issue 6), by hand.
const (
	defaultURI  = "sip:alice@example.sip.twilio.com"
	defaultFrom = "+15005550006"
)

// shareLink presses share and returns the link it shows, after checking
// that the address bar holds the same working link.
func (tb *tab) shareLink() string {
	tb.t.Helper()
	tb.require("share")
	tb.clickCSS(sel("share"))
	var link string
	tb.eventually("share-link shows a link with a fragment", func() (bool, string) {
		link = strings.TrimSpace(tb.text("share-link"))
		return strings.Contains(link, "#"), link
	})
	tb.eventually("the address bar holds the shared link", func() (bool, string) {
		href := eval[string](tb, "location.href")
		return href == link, href
	})
	return link
}

// fieldValues reads the values of controls by test hook.
func (tb *tab) fieldValues(ids []string) map[string]string {
	tb.t.Helper()
	out := map[string]string{}
	for _, id := range ids {
		out[id] = tb.value(id)
	}
	return out
}

func TestPermalinkRestoresState(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.open(srv.home())
	edits := [][2]string{
		{"uri-input", "sip:bob@example.com;transport=tcp?X-Team=blue%20sky"},
		{"dial-callerId", "+15551234567"},
		{"dial-timeout", "25"},
		{"dial-record", "record-from-answer"},
		{"sip-0-username", "bob"},
		{"call-From", "Jack"},
		{"call-Timeout", "45"},
		{"call-SipAuthUsername", "jack"},
	}
	for _, e := range edits {
		tb.set(e[0], e[1])
	}
	tb.clickCSS(sel("tab-call"))
	var ids []string
	for _, e := range edits {
		ids = append(ids, e[0])
	}
	ids = append(ids, "sip-0-uri", "call-To")
	link := tb.shareLink()
	want := tb.fieldValues(ids)
	for _, e := range edits {
		assert.Equal(t, e[1], want[e[0]], "the page kept %s as typed", e[0])
	}

	other := openFreshTab(t, srv)
	other.open(link)
	assert.Equal(t, want, other.fieldValues(ids), "the state restored from %s", link)
	assert.Equal(t, "true", eval[string](other, `String(document.querySelector('[data-testid="tab-call"]').getAttribute("aria-selected"))`), "the open pane is restored")
	assert.Empty(t, strings.TrimSpace(other.text("share-error")), "no share-error for a good link")
	tb.assertClean()
	other.assertClean()
}

func TestPermalinkRestoresXMLMode(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.open(srv.home())
	tb.clickCSS(sel("twiml-mode-xml"))
	// A document that does not map onto a <Dial> stays as typed.
	doc := "<Response>\n  <Say>Hello</Say>\n  <Dial><Number>+15551234567</Number></Dial>\n</Response>\n"
	tb.set("twiml-input", doc)
	link := tb.shareLink()

	other := openFreshTab(t, srv)
	other.open(link)
	assert.Equal(t, doc, other.value("twiml-input"), "the XML restored byte for byte")
	assert.Equal(t, "true", eval[string](other, `String(document.querySelector('[data-testid="twiml-mode-xml"]').getAttribute("aria-selected"))`), "the XML mode is restored")
	other.assertClean()
}

func TestPermalinkSecretsOnlyWhenAsked(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.open(srv.home())
	secrets := [][2]string{
		{"sip-0-password", "hunter2-sip"},
		{"call-SipAuthPassword", "s3cret-call"},
		{"call-AuthToken", "tok-0123456789"},
	}
	tb.set("sip-0-username", "alice")
	tb.set("call-SipAuthUsername", "alice")
	for _, s := range secrets {
		tb.set(s[0], s[1])
	}

	// By default the link leaves every secret out, and keeps the rest.
	link := tb.shareLink()
	for _, s := range secrets {
		assert.NotContains(t, link, s[1], "the link holds %s in clear", s[0])
	}
	plain := openFreshTab(t, srv)
	plain.open(link)
	assert.Equal(t, "alice", plain.value("sip-0-username"), "a non-secret field is kept")
	assert.Equal(t, "alice", plain.value("call-SipAuthUsername"), "a non-secret field is kept")
	for _, s := range secrets {
		assert.Empty(t, plain.value(s[0]), "%s left out of the default link", s[0])
	}
	assert.NotContains(t, plain.text("twiml-output"), "hunter2-sip", "the Sip password left out of the XML too")
	assert.NotContains(t, plain.text("form-body"), "s3cret-call", "SipAuthPassword left out of the form body")

	// Opting in, after the warning, carries them.
	tb.set("share-secrets", "true")
	tb.eventually("a warning about secrets in links", func() (bool, string) {
		return tb.present("share-secrets-warning"), "no share-secrets-warning"
	})
	withSecrets := tb.shareLink()
	assert.NotEqual(t, link, withSecrets, "the link changes when secrets are included")
	full := openFreshTab(t, srv)
	full.open(withSecrets)
	for _, s := range secrets {
		assert.Equal(t, s[1], full.value(s[0]), "%s carried when opted in", s[0])
	}
	for _, x := range []*tab{tb, plain, full} {
		x.assertClean()
	}
}

func TestDamagedLinksShowErrorAndDefaults(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.open(srv.home())
	tb.set("uri-input", "sip:bob@example.com;transport=tcp")
	tb.set("call-From", "Jack")
	good := tb.shareLink()
	i := strings.Index(good, "#")
	require.Greater(t, i, 0, "the link has a fragment: %s", good)
	page, frag := good[:i], good[i+1:]
	require.True(t, strings.HasPrefix(frag, "v1."), "links are versioned v1.: %s", frag)
	body := frag[len("v1."):]
	require.Greater(t, len(body), 8, "a link body to damage")

	// Flip one base64url character in the middle to another valid one.
	mid := len(body) / 2
	flipped := byte('A')
	if body[mid] == 'A' {
		flipped = 'B'
	}
	corrupt := body[:mid] + string(flipped) + body[mid+1:]

	tests := []struct{ name, fragment string }{
		{"truncated", "v1." + body[:len(body)/2]},
		{"corrupted", "v1." + corrupt},
		{"garbage", "v1.!!not*base64~~"},
		{"not a link", "hello world"},
		{"over 16 KiB", "v1." + strings.Repeat("A", 17<<10)},
		{"unknown version", "v9." + body},
	}
	for _, tt := range tests {
		t.Run(strings.ReplaceAll(tt.name, " ", "_"), func(t *testing.T) {
			x := openTab(t, srv)
			x.open(page + "#" + tt.fragment)
			x.eventually("share-error says what is wrong", func() (bool, string) {
				msg := strings.TrimSpace(x.text("share-error"))
				return msg != "", "share-error empty or missing"
			})
			assert.Equal(t, defaultURI, x.value("uri-input"), "the default URI after a %s link", tt.name)
			assert.Equal(t, defaultFrom, x.value("call-From"), "the default From after a %s link", tt.name)
			assert.NotEmpty(t, strings.TrimSpace(x.text("uri-status")), "the page works after a %s link", tt.name)
			x.assertClean()
		})
	}
}

func TestGalleryExamplesCheckClean(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.open(srv.home())
	tb.require("example-select")
	type option struct {
		Value string `json:"value"`
		Text  string `json:"text"`
	}
	options := eval[[]option](tb, `Array.from(document.querySelectorAll('[data-testid="example-select"] option')).filter(o=>o.value).map(o=>({value:o.value,text:o.textContent}))`)
	// Issue 6 lists twelve <Sip> page presets and the Calls API examples.
	require.GreaterOrEqual(t, len(options), 13, "the gallery offers the vendor examples: %v", options)

	for _, o := range options {
		// A sentinel first, so that the example's own values are seen.
		const sentinel = "sip:sentinel@example.com"
		tb.set("uri-input", sentinel)
		tb.eventually("the sentinel URI reaches the call form", func() (bool, string) {
			return tb.value("call-To") == sentinel, tb.value("call-To")
		})
		tb.set("example-select", o.Value)
		uri := ""
		tb.eventually("example "+o.Value+" fills pane 1 and pane 3 consistently", func() (bool, string) {
			uri = tb.value("uri-input")
			to := tb.value("call-To")
			return uri != sentinel && uri != "" && to == uri, fmt.Sprintf("uri-input %q, call-To %q", uri, to)
		})
		assert.Equal(t, uri, tb.value("sip-0-uri"), "example %s: pane 2's first <Sip> is pane 1's URI", o.Value)
		tb.settle()

		// Documented warnings, by hand from issue 3 (Examples 6 and 7).
		allowed := []string{}
		name := strings.ToLower(o.Value + " " + o.Text)
		if strings.Contains(name, "parallel") || strings.Contains(name, "sequential") {
			allowed = []string{"twiml-diagnostics:dial-multiple-nouns/warning", "call-diagnostics:dial-multiple-nouns/warning"}
		}
		var unexpected []string
		for _, list := range []string{"uri-diagnostics", "twiml-diagnostics", "call-diagnostics"} {
			for _, d := range tb.diags(list) {
				f := list + ":" + d.Code + "/" + d.Severity
				if d.Severity != "info" && !slices.Contains(allowed, f) {
					unexpected = append(unexpected, f)
				}
			}
		}
		assert.Empty(t, unexpected, "example %q (%s) checks clean except its documented warnings", o.Value, o.Text)
	}
	tb.assertClean()
}
