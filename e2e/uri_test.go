package e2e

// Pane 1: typing a SIP URI shows its findings at the right spans, and a fix
// makes its finding go away (issue 5).

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/sipplay/sipplay/sipuri"
	"github.com/stretchr/testify/assert"
)

// span is one underlined range of an editor's highlighted layer.
type span struct {
	Code     string `json:"code"`
	Severity string `json:"severity"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

func (s span) String() string { return fmt.Sprintf("%s/%s@%d-%d", s.Code, s.Severity, s.Start, s.End) }

// spansJS reads the diagnostic wrappers (elements with data-code) of a
// highlighted layer as text offsets, merging the pieces a wrapper is split
// into where findings overlap. For a textarea it reads the layer under it.
const spansJS = `(function(id) {
	let root = document.querySelector('[data-testid="' + id + '"]');
	if (!root) return null;
	if (root instanceof HTMLTextAreaElement) root = root.previousElementSibling;
	if (!root) return null;
	const out = [];
	let pos = 0;
	const walk = node => {
		for (const c of node.childNodes) {
			if (c.nodeType === Node.TEXT_NODE) { pos += c.data.length; continue; }
			if (c.nodeType !== Node.ELEMENT_NODE) continue;
			const start = pos;
			walk(c);
			if (c.dataset.code) {
				const sev = ["error", "warning", "info"].find(s => c.classList.contains("diag-" + s)) || "";
				const last = out.findLast(s => s.code === c.dataset.code && s.severity === sev);
				if (last && last.end === start && start !== pos) last.end = pos;
				else out.push({code: c.dataset.code, severity: sev, start: start, end: pos});
			}
		}
	};
	walk(root);
	out.sort((a, b) => a.start - b.start || a.end - b.end || (a.code < b.code ? -1 : 1));
	return out;
})`

// overlaySpans returns the underlined spans of an editor (by its textarea's
// or its layer's test hook).
func (tb *tab) overlaySpans(testid string) []span {
	tb.t.Helper()
	return eval[[]span](tb, spansJS+`(`+jsString(testid)+`)`)
}

// wantSpans is what the spans of src must be: sipuri.Check's findings, the
// package that owns the rules, placed by the UI.
func wantSpans(src string) []span {
	out := []span{}
	for _, d := range sipuri.Check(src) {
		out = append(out, span{Code: d.Code, Severity: d.Severity.String(), Start: d.Start, End: d.End})
	}
	slices.SortFunc(out, func(a, b span) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		if a.End != b.End {
			return a.End - b.End
		}
		return strings.Compare(a.Code, b.Code)
	})
	return out
}

func TestURIFindingsAndSpans(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.open(srv.home())
	tb.require("uri-input")
	tb.require("uri-diagnostics")

	tests := []struct {
		uri string
		// hand-written from issue 2's table: each code/severity that must be
		// listed, and where an unambiguous span starts (-1: not pinned here).
		want   []string
		starts map[string]int
		status string // "" when not pinned
	}{
		{uri: "sip:bob@example.com;transport=sctp", want: []string{"transport/error"}, status: "1 error"},
		{uri: "sip:alice@example.com?X-A=1&amp;X-B=2", want: []string{"xml-escaped/error"}, starts: map[string]int{"xml-escaped": 27}},
		{uri: "sip:alice @example.com", want: []string{"syntax/error"}, starts: map[string]int{"syntax": 9}},
		{uri: "tel:+15551234567", want: []string{"scheme/error"}, starts: map[string]int{"scheme": 0}},
		{uri: "sip:alice@example.com;region=ie2", want: []string{"region/error"}},
		{uri: "sip:alice@example.com;transport=udp;transport=tcp", want: []string{"duplicate-param/error"}},
		{uri: "sip:alice@example.com:70000", want: []string{"port/error"}},
		{uri: "sip:alice@example.com;secure=yes", want: []string{"secure/error"}},
		{uri: "sip:alice@example.com;transport=tls", want: []string{"tls-port/info", "tls-signalling-only/info"}, status: "valid"},
		{uri: "sip:alice@example.com;foo=bar", want: []string{"unknown-param/info"}, status: "valid"},
		{uri: "sip:alice@example.sip.twilio.com", want: []string{}, status: "valid"},
	}
	for i, tt := range tests {
		// The first ones are typed key by key, as a person would; the rest
		// arrive as a paste, to keep the suite fast.
		if i < 2 {
			tb.typeText("uri-input", tt.uri)
		} else {
			tb.set("uri-input", tt.uri)
		}
		// Wait for this text's result: the layer under the editor shows it.
		tb.eventually("the editor layer shows "+tt.uri, func() (bool, string) {
			txt := eval[string](tb, `(function(){const e=document.querySelector('[data-testid="uri-input"]');return e&&e.previousElementSibling?e.previousElementSibling.textContent:"";})()`)
			return strings.TrimSuffix(txt, "\n") == tt.uri, txt
		})
		tb.settle()
		got := codes(tb.diags("uri-diagnostics"))
		for _, w := range tt.want {
			assert.Contains(t, got, w, "findings of %s", tt.uri)
		}
		if len(tt.want) == 0 {
			assert.Empty(t, got, "findings of %s", tt.uri)
		}
		assert.Equal(t, tt.uri, tb.value("uri-input"), "typing must keep the text exactly")
		if tt.status != "" {
			assert.Equal(t, tt.status, strings.TrimSpace(tb.text("uri-status")), "status of %s", tt.uri)
		}

		// Every listed finding is underlined, at the span sipuri gives it.
		want := wantSpans(tt.uri)
		spans := tb.overlaySpans("uri-input")
		assert.Equal(t, fmt.Sprint(want), fmt.Sprint(spans), "underlined spans of %s", tt.uri)
		assert.Equal(t, len(want), len(tb.diags("uri-diagnostics")), "one list entry per finding of %s", tt.uri)
		for code, start := range tt.starts {
			if start < 0 {
				continue
			}
			i := slices.IndexFunc(spans, func(s span) bool { return s.Code == code })
			if assert.GreaterOrEqual(t, i, 0, "%s underlined in %s", code, tt.uri) {
				assert.Equal(t, start, spans[i].Start, "%s starts at byte %d of %s", code, start, tt.uri)
			}
		}
	}
	tb.assertClean()
}

func TestURIFixRemovesFinding(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.open(srv.home())

	tests := []struct {
		uri, code, fixed string // fixed: the text after the fix, by hand from issue 2
	}{
		{"sip:bob@example.com;transport=TCP", "transport-case", "sip:bob@example.com;transport=tcp"},
		{"sip:alice@example.com?X-A=1&amp;X-B=2", "xml-escaped", "sip:alice@example.com?X-A=1&X-B=2"},
		{"alice@example.com", "scheme", "sip:alice@example.com"},
		{"sip:alice@example.com;region=ie2", "region", "sip:alice@example.com;region=ie1"},
		{" sip:alice@example.com", "syntax", "sip:alice@example.com"},
		{"<sip:alice@example.com>", "syntax", "sip:alice@example.com"},
	}
	for _, tt := range tests {
		tb.set("uri-input", tt.uri)
		button := `[data-testid="uri-diagnostics"] [data-testid="fix"][data-code="` + tt.code + `"]`
		tb.eventually("a fix button for "+tt.code+" in "+tt.uri, func() (bool, string) {
			return eval[bool](tb, `!!document.querySelector(`+jsString(button)+`)`), strings.Join(codes(tb.diags("uri-diagnostics")), " ")
		})
		tb.clickCSS(button)
		tb.eventually("the "+tt.code+" finding of "+tt.uri+" gone after its fix", func() (bool, string) {
			got := codes(tb.diags("uri-diagnostics"))
			gone := !slices.ContainsFunc(got, func(c string) bool { return strings.HasPrefix(c, tt.code+"/") })
			return gone && tb.value("uri-input") == tt.fixed,
				"value " + strconv.Quote(tb.value("uri-input")) + ", findings " + strings.Join(got, " ")
		})
	}
	tb.assertClean()
}

func TestURIExplanation(t *testing.T) {
	t.Parallel()
	srv := appServer(t)
	tb := openTab(t, srv)
	tb.open(srv.home())
	tb.set("uri-input", "sip:alice@example.sip.twilio.com:5061;transport=tls;region=ie1?X-Team=blue")
	tb.eventually("the explanation lists each part", func() (bool, string) {
		txt := tb.text("uri-explain")
		for _, part := range []string{"alice", "example.sip.twilio.com", "5061", "tls", "ie1", "Ireland", "X-Team", "blue"} {
			if !strings.Contains(txt, part) {
				return false, txt
			}
		}
		return true, txt
	})
	tb.assertClean()
}
