package highlight

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sipplay/sipplay/sipuri"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// node is one piece of highlighted output: a text run with the class of
// its innermost token span ("" for none) and the data-codes of the
// diagnostic wrappers around it, outermost first.
type node struct {
	class string
	diags string
	text  string
}

// parseHTML reads output the way a browser's innerHTML would, accepting
// only what the package promises: <span class="…"> (with an optional
// data-code), </span>, text, and the references &amp; &lt; &gt; &#34;
// &#13;. It fails the test on anything else or on unbalanced spans.
func parseHTML(t *testing.T, out string) (nodes []node, text string) {
	t.Helper()
	type open struct{ class, code string }
	var stack []open
	var b strings.Builder
	for i := 0; i < len(out); {
		switch {
		case strings.HasPrefix(out[i:], "</span>"):
			require.NotEmpty(t, stack, "unbalanced </span> at %d in %q", i, out)
			stack = stack[:len(stack)-1]
			i += len("</span>")
		case strings.HasPrefix(out[i:], "<span"):
			end := strings.IndexByte(out[i:], '>')
			require.Positive(t, end, "unclosed tag at %d in %q", i, out)
			tag := out[i+len("<span") : i+end]
			var o open
			if tag != "" {
				require.True(t, strings.HasPrefix(tag, ` class="`), "tag %q in %q", tag, out)
				rest := tag[len(` class="`):]
				q := strings.IndexByte(rest, '"')
				require.GreaterOrEqual(t, q, 0, "tag %q", tag)
				o.class, rest = rest[:q], rest[q+1:]
				if rest != "" {
					require.True(t, strings.HasPrefix(rest, ` data-code="`) && strings.HasSuffix(rest, `"`), "tag %q", tag)
					o.code = rest[len(` data-code="`) : len(rest)-1]
					require.NotContains(t, o.code, `"`)
				}
				for _, c := range o.class {
					require.True(t, c == ' ' || c == '-' || ('a' <= c && c <= 'z') || ('0' <= c && c <= '9'), "class %q", o.class)
				}
			}
			stack = append(stack, o)
			i += end + 1
		case out[i] == '<' || out[i] == '>':
			t.Fatalf("raw %c at %d in %q", out[i], i, out)
		default:
			var s string
			if out[i] == '&' {
				for _, ref := range [][2]string{{"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&#34;", `"`}, {"&#13;", "\r"}} {
					if strings.HasPrefix(out[i:], ref[0]) {
						s = ref[1]
						i += len(ref[0])
						break
					}
				}
				require.NotEmpty(t, s, "unknown reference at %d in %q", i, out)
			} else {
				j := i
				for j < len(out) && out[j] != '<' && out[j] != '&' && out[j] != '>' {
					j++
				}
				s, i = out[i:j], j
				require.NotContains(t, s, "\x00", "NUL in output")
				require.True(t, utf8.ValidString(s), "invalid UTF-8 in output %q", s)
			}
			b.WriteString(s)
			var n node
			var codes []string
			for _, o := range stack {
				if strings.HasPrefix(o.class, "diag ") {
					codes = append(codes, o.code)
				} else {
					n.class = o.class
				}
			}
			n.diags = strings.Join(codes, ",")
			if k := len(nodes) - 1; k >= 0 && nodes[k].class == n.class && nodes[k].diags == n.diags {
				nodes[k].text += s
			} else {
				n.text = s
				nodes = append(nodes, n)
			}
		}
	}
	require.Empty(t, stack, "unclosed spans in %q", out)
	return nodes, b.String()
}

// browserText is the text a browser shows for src: each NUL and each byte
// that is not valid UTF-8 becomes U+FFFD.
func browserText(src string) string {
	var b strings.Builder
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRuneInString(src[i:])
		if r == 0 || (r == utf8.RuneError && size == 1) {
			b.WriteString("\uFFFD")
		} else {
			b.WriteString(src[i : i+size])
		}
		i += size
	}
	return b.String()
}

// tokens renders nodes as "class:text", with "[codes]" for wrapped ones.
func tokens(nodes []node) []string {
	var out []string
	for _, n := range nodes {
		s := n.class + ":" + n.text
		if n.diags != "" {
			s = "[" + n.diags + "]" + s
		}
		out = append(out, s)
	}
	return out
}

func TestTwiMLTokens(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{"<Sip>sip:al:pw@h.com:5061;transport=tls;lr?X-a=1&amp;X-b=%41</Sip>", []string{
			"p:<", "nt:Sip", "p:>", "kn:sip:", "nv:al", "p::", "vi:pw", "p:@", "nn:h.com", "p::", "mi:5061",
			"p:;", "py:transport", "o:=", "ss:tls", "p:;", "py:lr", "p:?", "nl:X-a", "o:=", "sx:1",
			"p:&amp;", "nl:X-b", "o:=", "sx:%41", "p:</", "nt:Sip", "p:>",
		}},
		{"<Sip username='u'>\n  SIPS:[2001:db8::1]:5061 \n</Sip>", []string{
			"p:<", "nt:Sip", ":" + " ", "na:username", "o:=", "s1:'u'", "p:>", ":\n  ", "kn:SIPS:", "nn:[2001:db8::1]",
			"p::", "mi:5061", ": \n", "p:</", "nt:Sip", "p:>",
		}},
		{"<Sip>kate@example.com?x=1&y</Sip>", []string{
			"p:<", "nt:Sip", "p:>", "nv:kate", "p:@", "nn:example.com", "p:?", "nl:x", "o:=", "sx:1", "err:&", "sx:y",
			"p:</", "nt:Sip", "p:>",
		}},
		{`<?xml version="1.0"?><!-- hi --><Response><Dial timeout="10" action="/a?b=1&amp;c=2"/><Say>a &lt; b</Say></Response>`, []string{
			`cp:<?xml version="1.0"?>`, "c:<!-- hi -->", "p:<", "nt:Response", "p:><", "nt:Dial", ": ",
			"na:timeout", "o:=", `s2:"10"`, ": ", "na:action", "o:=", `s2:"/a?b=1`, "ni:&amp;", `s2:c=2"`, "p:/><",
			"nt:Say", "p:>", ":a ", "ni:&lt;", ": b", "p:</", "nt:Say", "p:></", "nt:Response", "p:>",
		}},
		{"<Say><![CDATA[<x>]]></Say>", []string{"p:<", "nt:Say", "p:>", "cp:<![CDATA[", ":<x>", "cp:]]>", "p:</", "nt:Say", "p:>"}},
		{"<Sip", []string{"p:<", "nt:Sip"}},
		{"<Dial a=\"x", []string{"p:<", "nt:Dial", ": ", "na:a", "o:=", "s2:\"x"}},
		{"<Sip>sip:a@b", []string{"p:<", "nt:Sip", "p:>", "kn:sip:", "nv:a", "p:@", "nn:b"}},
	}
	for _, tt := range tests {
		nodes, text := parseHTML(t, TwiML(tt.src, nil))
		assert.Equal(t, tt.src, text)
		assert.Equal(t, tt.want, tokens(nodes), "%q", tt.src)
	}
}

func TestURITokens(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{"sip:alice@example.com;region=ie1?X-a=1&User-to-User=2", []string{
			"kn:sip:", "nv:alice", "p:@", "nn:example.com", "p:;", "py:region", "o:=", "ss:ie1", "p:?",
			"nl:X-a", "o:=", "sx:1", "p:&", "nl:User-to-User", "o:=", "sx:2",
		}},
		{"tel:+1555", []string{"kn:tel:", "nn:+1555"}},
		{"example.com:5060", []string{"nn:example.com", "p::", "mi:5060"}},
		{" <sip:a@b> ", []string{": ", "nv:<sip", "p::", "vi:a", "p:@", "nn:b>", ": "}},
	}
	for _, tt := range tests {
		nodes, text := parseHTML(t, URI(tt.src, nil))
		assert.Equal(t, tt.src, text)
		assert.Equal(t, tt.want, tokens(nodes), "%q", tt.src)
	}
}

func TestBashTokens(t *testing.T) {
	src := "curl -X POST \"https://api.twilio.com/2010-04-01/Accounts/$TWILIO_ACCOUNT_SID/Calls.json\" \\\n" +
		"  --data-urlencode 'To=sip:a@b.c?x-a=1&x-b=2' \\\n  --data-urlencode $'From=a\\'b' -u \"$A:${B}\" # done"
	nodes, text := parseHTML(t, Bash(src))
	assert.Equal(t, src, text)
	assert.Equal(t, []string{
		"nb:curl", ": ", "na:-X", ": POST ", `s2:"https://api.twilio.com/2010-04-01/Accounts/`, "nv:$TWILIO_ACCOUNT_SID",
		`s2:/Calls.json"`, ": ", "se:\\\n", ":  ", "na:--data-urlencode", ": ", "s1:'To=sip:a@b.c?x-a=1&x-b=2'", ": ",
		"se:\\\n", ":  ", "na:--data-urlencode", ": ", `s1:$'From=a\'b'`, ": ", "na:-u", ": ", `s2:"`, "nv:$A", "s2::",
		"nv:${B}", `s2:"`, ": ", "c1:# done",
	}, tokens(nodes))
}

func TestJSONTokens(t *testing.T) {
	src := "{\"sid\": \"CA1\", \"n\": [1, -2.5e3], \"ok\": true, \"x\": null, \"s\": \"a\\\"b\"} ?"
	nodes, text := parseHTML(t, JSON(src))
	assert.Equal(t, src, text)
	assert.Equal(t, []string{
		"p:{", `nt:"sid"`, "p::", ": ", `s2:"CA1"`, "p:,", ": ", `nt:"n"`, "p::", ": ", "p:[", "m:1", "p:,", ": ", "m:-2.5e3",
		"p:],", ": ", `nt:"ok"`, "p::", ": ", "kc:true", "p:,", ": ", `nt:"x"`, "p::", ": ", "kc:null", "p:,", ": ",
		`nt:"s"`, "p::", ": ", `s2:"a\"b"`, "p:}", ": ", "err:?",
	}, tokens(nodes))
}

func TestDiagnosticWrappers(t *testing.T) {
	d := func(start, end int, sev sipuri.Severity, code string) sipuri.Diagnostic {
		return sipuri.Diagnostic{Start: start, End: end, Severity: sev, Code: code}
	}
	src := "sip:alice@example.com"
	tests := []struct {
		name  string
		diags []sipuri.Diagnostic
		want  string
	}{
		{"one", []sipuri.Diagnostic{d(4, 9, sipuri.Error, "user")},
			`<span class="kn">sip:</span><span class="diag diag-error" data-code="user"><span class="nv">alice</span></span>` +
				`<span class="p">@</span><span class="nn">example.com</span>`},
		{"inside a token", []sipuri.Diagnostic{d(5, 7, sipuri.Warning, "w")},
			`<span class="kn">sip:</span><span class="nv">a</span><span class="diag diag-warning" data-code="w"><span class="nv">li</span></span>` +
				`<span class="nv">ce</span><span class="p">@</span><span class="nn">example.com</span>`},
		{"nested", []sipuri.Diagnostic{d(6, 8, sipuri.Info, "in"), d(4, 10, sipuri.Error, "out")},
			`<span class="kn">sip:</span><span class="diag diag-error" data-code="out"><span class="nv">al</span>` +
				`<span class="diag diag-info" data-code="in"><span class="nv">ic</span></span><span class="nv">e</span>` +
				`<span class="p">@</span></span><span class="nn">example.com</span>`},
		{"overlapping", []sipuri.Diagnostic{d(0, 6, sipuri.Error, "a"), d(4, 10, sipuri.Warning, "b")},
			`<span class="diag diag-error" data-code="a"><span class="kn">sip:</span><span class="diag diag-warning" data-code="b">` +
				`<span class="nv">al</span></span></span><span class="diag diag-warning" data-code="b"><span class="nv">ice</span>` +
				`<span class="p">@</span></span><span class="nn">example.com</span>`},
		{"empty and out of range", []sipuri.Diagnostic{d(9, 9, sipuri.Error, "e"), d(15, 99, sipuri.Error, "tail"), d(-3, -1, sipuri.Error, "x&\"")},
			`<span class="diag diag-error" data-code="x&amp;&#34;"></span><span class="kn">sip:</span><span class="nv">alice</span>` +
				`<span class="diag diag-error" data-code="e"></span><span class="p">@</span><span class="nn">examp</span>` +
				`<span class="diag diag-error" data-code="tail"><span class="nn">le.com</span></span>`},
		{"empty at the end", []sipuri.Diagnostic{d(21, 21, sipuri.Error, "eof")},
			`<span class="kn">sip:</span><span class="nv">alice</span><span class="p">@</span><span class="nn">example.com</span>` +
				`<span class="diag diag-error" data-code="eof"></span>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := URI(src, tt.diags)
			assert.Equal(t, tt.want, out)
			_, text := parseHTML(t, out)
			assert.Equal(t, src, text)
		})
	}
}

func TestTextContentIsTheInput(t *testing.T) {
	inputs := []string{
		"", "\n", "\nleading newline", "trailing newline\n", "<Response><Dial><Sip>sip:a@b", "<Sip>]]></Sip>",
		"<script>alert(1)</script>", "<Say>&#60;script&#62;</Say>", "a\r\nb\rc", "\x00nul", "bad \xff\xfe utf-8 \xe2\x82",
		"<Sip>sip:a@b?x=\"'<>&amp;</Sip>", "<!--", "<![CDATA[", "<?", "<", "&", "</", "<Dial a='",
		"☎ ünïcödé 😀", "<Sip>\xff</Sip>",
	}
	for _, src := range inputs {
		diags := []sipuri.Diagnostic{{Start: 1, End: len(src) - 1, Code: "x"}, {Start: len(src) / 2, End: len(src), Code: "y"}}
		for name, out := range map[string]string{
			"TwiML": TwiML(src, diags), "URI": URI(src, diags), "Bash": Bash(src), "JSON": JSON(src),
		} {
			_, text := parseHTML(t, out)
			assert.Equal(t, browserText(src), text, "%s(%q) = %q", name, src, out)
		}
	}
}

func TestLeadingNewlineSurvivesPre(t *testing.T) {
	out := JSON("\n{}")
	assert.True(t, strings.HasPrefix(out, "<span>\n</span>") || strings.HasPrefix(out, "<span class="), out)
}

func TestPieces(t *testing.T) {
	ps := []Piece{{"k", "const"}, {"", " x = "}, {"s2", `"<a&b>"`}, {"bad class\"", ";"}, {"c1", " // \r\xff"}, {"p", ""}}
	out := Pieces(ps)
	assert.Equal(t, `<span class="k">const</span> x = <span class="s2">&#34;&lt;a&amp;b&gt;&#34;</span>;<span class="c1"> // &#13;`+"\uFFFD"+`</span>`, out)
	_, text := parseHTML(t, out)
	assert.Equal(t, browserText("const x = \"<a&b>\"; // \r\xff"), text)
	assert.Equal(t, "<span>\nx</span>", Pieces([]Piece{{"", "\nx"}}))
}

func TestEscape(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"plain text", "plain text"},
		{`<a href="x">&</a>`, `&lt;a href=&#34;x&#34;&gt;&amp;&lt;/a&gt;`},
		{"it's", "it's"},
		{"a\r\nb", "a&#13;\nb"},
		{"\x00nul", "\uFFFDnul"},
		{"bad \xff utf-8", "bad \uFFFD utf-8"},
		{"☎ ü", "☎ ü"},
	} {
		assert.Equal(t, tc.want, Escape(tc.in), "Escape(%q)", tc.in)
		_, text := parseHTML(t, Escape(tc.in))
		assert.Equal(t, browserText(tc.in), text, "text content of Escape(%q)", tc.in)
	}
}
