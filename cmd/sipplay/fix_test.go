package main

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sipplay/sipplay/sipuri"
	"github.com/sipplay/sipplay/twiml"
)

// copyDir copies the regular files under src into dst.
func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	require.NoError(t, filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		require.NoError(t, err)
		rel, err := filepath.Rel(src, path)
		require.NoError(t, err)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(path)
		require.NoError(t, err)
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	}))
}

// readTree returns the contents of every file under dir by relative path.
func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	require.NoError(t, filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		require.NoError(t, err)
		if !d.IsDir() {
			b, err := os.ReadFile(path)
			require.NoError(t, err)
			rel, _ := filepath.Rel(dir, path)
			out[rel] = string(b)
		}
		return nil
	}))
	return out
}

// --fix leaves each file either clean of every finding that has a fix, or
// unchanged when it had no safe fix; it writes no file it did not change and
// leaves no temporary file behind.
func TestFixBrokenFiles(t *testing.T) {
	dir := t.TempDir()
	copyDir(t, "testdata/broken", dir)
	before := readTree(t, dir)
	_, stderr, status := runCLI(t, "", false, "lint", "--fix", dir)
	assert.Equal(t, exitTrouble, status, "latin1.xml cannot be read: %s", stderr)
	after := readTree(t, dir)
	require.Len(t, after, len(before), "no file is added or removed (temporary files are renamed away)")

	wantFixed := map[string]string{
		"bare-ampersand.xml":    "X-First=1&amp;X-Second=2",
		"transport-case.xml":    "transport=tcp</Sip>",
		"region-typo.xml":       "region=ie1</Sip>",
		"unknown-attribute.xml": `<Dial callerId="bob">`,
		"lower-case-root.xml":   "<Response><Dial>",
		"nested/crlf.xml":       "transport=tls;secure=true</Sip>\r\n",
	}
	for name, old := range before {
		if !strings.HasSuffix(name, ".xml") || strings.HasPrefix(name, ".hidden") || name == "not-twiml.xml" || name == "empty.xml" || name == "latin1.xml" {
			assert.Equal(t, old, after[name], "%s is not linted, so it is not touched", name)
			continue
		}
		if want, ok := wantFixed[name]; ok {
			assert.Contains(t, after[name], want, name)
			for _, d := range twiml.Check(after[name]) {
				assert.Nil(t, d.Fix, "%s: a fix is left for %s %s: %q", name, d.Code, d.Message, after[name])
			}
			continue
		}
		assert.Equal(t, old, after[name], "%s has no safe fix, so it is unchanged", name)
	}
	for name := range wantFixed {
		assert.NotEqual(t, before[name], after[name], name)
	}
}

func TestFixKeepsPermissions(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "x.xml")
	require.NoError(t, os.WriteFile(p, []byte("<Response><Dial><Sip>sip:a@example.com;transport=TCP</Sip></Dial></Response>"), 0o600))
	_, stderr, status := runCLI(t, "", false, "lint", "--fix", p)
	assert.Equal(t, exitClean, status, stderr)
	fi, err := os.Stat(p)
	require.NoError(t, err)
	assert.Equal(t, fs.FileMode(0o600), fi.Mode().Perm())
	b, err := os.ReadFile(p)
	require.NoError(t, err)
	assert.Equal(t, "<Response><Dial><Sip>sip:a@example.com;transport=tcp</Sip></Dial></Response>", string(b))
}

// A fix that would add an error, or not clear its finding, is not safe.
func TestFixVerdict(t *testing.T) {
	text := "ab&cd"
	errAt := func(start, end int, code string, fix *sipuri.Fix) sipuri.Diagnostic {
		return sipuri.Diagnostic{Start: start, End: end, Severity: sipuri.Error, Code: code, Message: code, Fix: fix}
	}
	tests := []struct {
		name string
		d    sipuri.Diagnostic
		next []sipuri.Diagnostic // the findings about the fixed text
		want string
	}{
		{"clears it", errAt(2, 3, "a", &sipuri.Fix{Start: 2, End: 3, NewText: "x"}), nil, ""},
		{"does not clear it", errAt(2, 3, "a", &sipuri.Fix{Start: 2, End: 3, NewText: "xy"}),
			[]sipuri.Diagnostic{errAt(2, 4, "a", nil)}, "it does not clear its finding"},
		{"adds an error", errAt(2, 3, "a", &sipuri.Fix{Start: 2, End: 3, NewText: "x"}),
			[]sipuri.Diagnostic{errAt(0, 1, "b", nil)}, "it would add an error"},
		{"moves an old error", errAt(0, 1, "a", &sipuri.Fix{Start: 0, End: 1, NewText: "xyz"}),
			[]sipuri.Diagnostic{errAt(6, 7, "old", nil)}, ""},
		{"a warning moved is not an error", errAt(2, 3, "a", &sipuri.Fix{Start: 2, End: 3, NewText: "x"}),
			[]sipuri.Diagnostic{{Start: 0, End: 1, Severity: sipuri.Warning, Code: "w"}}, ""},
		{"an XML fix reveals errors", errAt(2, 3, twiml.CodeXMLSyntax, &sipuri.Fix{Start: 2, End: 3, NewText: "&amp;"}),
			[]sipuri.Diagnostic{errAt(0, 1, "region", nil), errAt(8, 9, twiml.CodeXMLSyntax, nil)}, ""},
		{"an XML fix breaks the XML before it", errAt(2, 3, twiml.CodeXMLSyntax, &sipuri.Fix{Start: 2, End: 3, NewText: "<"}),
			[]sipuri.Diagnostic{errAt(0, 1, twiml.CodeXMLSyntax, nil)}, "it would add an error"},
	}
	old := []sipuri.Diagnostic{errAt(2, 3, "a", nil), errAt(4, 5, "old", nil)}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := verdict(append([]sipuri.Diagnostic{tt.d}, old[1:]...), []sipuri.Diagnostic{tt.d}, tt.next)
			assert.Equal(t, tt.want, got, "%q with %+v", text, tt.d.Fix)
		})
	}
}

// applyFixes stops after maxFixRounds even when a check keeps offering a
// fix that looks safe, and applies none that adds an error.
func TestApplyFixesBounded(t *testing.T) {
	flip := func(s string) []sipuri.Diagnostic { // each fix clears its finding and brings the other
		other := map[string]string{"a": "b", "b": "a"}[s]
		return []sipuri.Diagnostic{{Start: 0, End: 1, Severity: sipuri.Info, Code: "to-" + other,
			Fix: &sipuri.Fix{Start: 0, End: 1, NewText: other}}}
	}
	res := applyFixes("a", flip)
	assert.Equal(t, "a", res.text, "an even number of rounds")
	require.Len(t, res.left, 1)
	assert.Equal(t, "the fixes did not settle within 10 rounds", res.left[0].why)

	breaker := func(s string) []sipuri.Diagnostic { // its fix makes an error
		if s == "bad" {
			return []sipuri.Diagnostic{{Start: 0, End: 3, Severity: sipuri.Error, Code: "broken"}}
		}
		return []sipuri.Diagnostic{{Start: 0, End: len(s), Severity: sipuri.Warning, Code: "w",
			Fix: &sipuri.Fix{Start: 0, End: len(s), NewText: "bad"}}}
	}
	res = applyFixes("good", breaker)
	assert.Equal(t, "good", res.text)
	require.Len(t, res.left, 1)
	assert.Equal(t, "it would add an error", res.left[0].why)
}

// The --diff output applied with patch -p0 gives exactly what --fix writes.
func TestDiffAppliesWithPatch(t *testing.T) {
	patch, err := exec.LookPath("patch")
	require.NoError(t, err, "the test needs patch(1) (Debian: apt-get install patch)")
	fixed, patched := t.TempDir(), t.TempDir()
	copyDir(t, "testdata/broken", filepath.Join(fixed, "broken"))
	copyDir(t, "testdata/broken", filepath.Join(patched, "broken"))

	t.Chdir(patched)
	diff, _, _ := runCLI(t, "", false, "lint", "--diff", "broken")
	require.NotEmpty(t, diff)
	cmd := exec.Command(patch, "-p0", "--batch", "--silent")
	cmd.Stdin = strings.NewReader(diff)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "patch: %s\n%s", out, diff)

	t.Chdir(fixed)
	runCLI(t, "", false, "lint", "--fix", "broken")
	assert.Equal(t, readTree(t, filepath.Join(fixed, "broken")), readTree(t, filepath.Join(patched, "broken")))
}

// In a batch, one unsafe fix is found by halving and left out; the others
// are applied, and each fix's finding is checked where the fixes moved it.
func TestApplyFixesBatch(t *testing.T) {
	// Each lower-case letter is a finding whose fix upper-cases it, except
	// that an upper-case X is an error of its own.
	check := func(s string) []sipuri.Diagnostic {
		var ds []sipuri.Diagnostic
		for i, r := range s {
			switch {
			case r == 'X':
				ds = append(ds, sipuri.Diagnostic{Start: i, End: i + 1, Severity: sipuri.Error, Code: "x"})
			case 'a' <= r && r <= 'z':
				ds = append(ds, sipuri.Diagnostic{Start: i, End: i + 1, Severity: sipuri.Warning, Code: "lower",
					Fix: &sipuri.Fix{Start: i, End: i + 1, NewText: strings.ToUpper(string(r))}})
			}
		}
		return ds
	}
	res := applyFixes("ab-x-cd.e", check)
	assert.Equal(t, "AB-x-CD.E", res.text)
	require.Len(t, res.left, 1)
	assert.Equal(t, 3, res.left[0].Start)
	assert.Equal(t, "it would add an error", res.left[0].why)

	// A fix that grows the text moves the findings after it.
	grow := func(s string) []sipuri.Diagnostic {
		var ds []sipuri.Diagnostic
		for i := 0; i < len(s); i++ {
			if s[i] == '1' {
				ds = append(ds, sipuri.Diagnostic{Start: i, End: i + 1, Severity: sipuri.Error, Code: "one",
					Fix: &sipuri.Fix{Start: i, End: i + 1, NewText: "two"}})
			}
		}
		return ds
	}
	res = applyFixes("1 1 1", grow)
	assert.Equal(t, "two two two", res.text)
	assert.Empty(t, res.left)
}
