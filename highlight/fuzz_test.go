package highlight

import (
	"testing"

	"github.com/sipplay/sipplay/sipuri"
	"github.com/stretchr/testify/assert"
)

// FuzzHighlight checks every highlighter on any input and any two
// diagnostics: the output is well-formed, safe markup whose text content
// is the input as a browser shows it.
func FuzzHighlight(f *testing.F) {
	f.Add("<Response><Dial><Sip>sip:a:b@c.d:5061;transport=tls?X-a=1&amp;X-b=2</Sip></Dial></Response>", 3, 40, 10, 10)
	f.Add("<Sip>]]><script>alert(1)</script>\xff\x00\r\n", 0, 5, 2, 30)
	f.Add("curl -u \"$A:$B\" --data-urlencode $'x\\'y' # c\n", -1, 99, 4, 6)
	f.Add(`{"a": [1, "b\"", true], "c": {}}`, 1, 2, 2, 1)
	f.Add("<Sip>sip:\u260e@\U0001F600</Sip>", 10, 11, 12, 13)
	f.Fuzz(func(t *testing.T, src string, s1, e1, s2, e2 int) {
		diags := []sipuri.Diagnostic{
			{Start: s1, End: e1, Severity: sipuri.Error, Code: "a"},
			{Start: s2, End: e2, Severity: sipuri.Warning, Code: "b"},
		}
		want := browserText(src)
		for name, out := range map[string]string{
			"TwiML": TwiML(src, diags), "URI": URI(src, diags), "Bash": Bash(src), "JSON": JSON(src),
		} {
			_, text := parseHTML(t, out)
			assert.Equal(t, want, text, "%s(%q)", name, src)
		}
	})
}
