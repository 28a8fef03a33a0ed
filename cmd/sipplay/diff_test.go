package main

import (
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// gnuDiff returns the hunks of `diff -u old new` (without the file headers).
func gnuDiff(t *testing.T, old, new string) string {
	t.Helper()
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	require.NoError(t, os.WriteFile(a, []byte(old), 0o644))
	require.NoError(t, os.WriteFile(b, []byte(new), 0o644))
	out, err := exec.Command("diff", "-u", a, b).Output()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		require.NoError(t, err, "diff -u")
	}
	_, hunks, _ := strings.Cut(string(out), "\n+++ ")
	_, hunks, _ = strings.Cut(hunks, "\n")
	return hunks
}

// ourHunks is unifiedDiff without its two header lines.
func ourHunks(old, new string) string {
	d := unifiedDiff("f", old, new)
	return strings.TrimPrefix(d, "--- f\n+++ f\n")
}

func lines(n int, f func(i int) string) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		b.WriteString(f(i) + "\n")
	}
	return b.String()
}

// The diffs of small, unambiguous edits are byte for byte those of diff -u.
func TestUnifiedDiffMatchesDiffU(t *testing.T) {
	base := lines(20, func(i int) string { return "line " + string(rune('a'+i)) })
	change := func(s string, at ...int) string {
		ls := strings.SplitAfter(s, "\n")
		for _, i := range at {
			ls[i-1] = "changed " + ls[i-1]
		}
		return strings.Join(ls, "")
	}
	tests := []struct{ name, old, new string }{
		{"one line in the middle", base, change(base, 10)},
		{"first line", base, change(base, 1)},
		{"last line", base, change(base, 20)},
		{"two changes 6 lines apart share a hunk", base, change(base, 5, 12)},
		{"two changes 7 lines apart get two hunks", base, change(base, 5, 13)},
		{"insertion", base, strings.Replace(base, "line h\n", "line h\nnew\nnewer\n", 1)},
		{"deletion", base, strings.Replace(base, "line h\nline i\n", "", 1)},
		{"no newline at the end, old", strings.TrimSuffix(base, "\n"), base},
		{"no newline at the end, new", base, strings.TrimSuffix(base, "\n")},
		{"no newline at the end, both", "a\nb", "a\nc"},
		{"from empty", "", "a\nb\n"},
		{"to empty", "a\nb\n", ""},
		{"one line file", "<response/>", "<Response/>"},
		{"CRLF", "a\r\nb\r\nc\r\n", "a\r\nB\r\nc\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, gnuDiff(t, tt.old, tt.new), ourHunks(tt.old, tt.new), "old %q\nnew %q", tt.old, tt.new)
		})
	}
	assert.Empty(t, unifiedDiff("f", base, base), "equal texts have no diff")
}

// Random edits: patch applies the diff and gives the new text back, and the
// diff is never longer (in changed lines) than diff -u's.
func TestUnifiedDiffPatches(t *testing.T) {
	patch, err := exec.LookPath("patch")
	require.NoError(t, err, "the test needs patch(1) (Debian: apt-get install patch)")
	rng := rand.New(rand.NewPCG(1, 2))
	words := []string{"a", "b", "c", "<Sip>", "</Dial>", ""}
	randomText := func() string {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteString(words[rng.IntN(len(words))] + "\n")
		}
		if rng.IntN(3) == 0 {
			b.WriteString("tail")
		}
		return b.String()
	}
	dir := t.TempDir()
	for i := range 100 {
		old := randomText()
		new := randomText()
		if i%2 == 0 { // a few local edits of old, like fixes make
			ls := strings.SplitAfter(old, "\n")
			for range rng.IntN(3) + 1 {
				j := rng.IntN(len(ls))
				ls[j] = words[rng.IntN(len(words))] + "\n"
			}
			new = strings.Join(ls, "")
		}
		if old == new {
			continue
		}
		f := filepath.Join(dir, "f")
		require.NoError(t, os.WriteFile(f, []byte(old), 0o644))
		cmd := exec.Command(patch, "-p0", "--batch", "--silent", "f")
		cmd.Dir = dir
		d := unifiedDiff("f", old, new)
		cmd.Stdin = strings.NewReader(d)
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "patch: %s\nold %q\nnew %q\n%s", out, old, new, d)
		got, err := os.ReadFile(f)
		require.NoError(t, err)
		require.Equal(t, new, string(got), "old %q\nnew %q\n%s", old, new, d)
		assert.LessOrEqual(t, changedLines(d), changedLines(gnuDiff(t, old, new)), "old %q\nnew %q", old, new)
	}
}

// changedLines counts the - and + lines of a diff's hunks.
func changedLines(d string) int {
	n := 0
	for _, l := range strings.Split(d, "\n") {
		if (strings.HasPrefix(l, "-") || strings.HasPrefix(l, "+")) && !strings.HasPrefix(l, "--- ") && !strings.HasPrefix(l, "+++ ") {
			n++
		}
	}
	return n
}

// Past maxDiffEdits the diff is one replacement, still correct.
func TestUnifiedDiffManyEdits(t *testing.T) {
	old := lines(3000, func(i int) string { return "x" })
	new := lines(3000, func(i int) string { return "y" })
	d := unifiedDiff("f", old, new)
	assert.Equal(t, 6000, changedLines(d))
	assert.True(t, strings.HasPrefix(d, "--- f\n+++ f\n@@ -1,3000 +1,3000 @@\n-x\n"), d[:40])
}

// patch applies --diff to files whose names hold a space, a quote, a
// backslash, a tab or a newline, and the result is what --fix writes.
func TestDiffAppliesToAwkwardNames(t *testing.T) {
	patch, err := exec.LookPath("patch")
	require.NoError(t, err, "the test needs patch(1) (Debian: apt-get install patch)")
	names := []string{"my file.xml", "dir with space/x.xml", `q"uote.xml`, `back\slash.xml`, "tab\there.xml", "new\nline.xml", "ünï cödé.xml"}
	const text = "<Response><Dial><Sip>sip:a@example.com;transport=TCP</Sip></Dial></Response>\n"
	const fixed = "<Response><Dial><Sip>sip:a@example.com;transport=tcp</Sip></Dial></Response>\n"
	dir := t.TempDir()
	t.Chdir(dir)
	for _, n := range names {
		require.NoError(t, os.MkdirAll(filepath.Dir(n), 0o755))
		require.NoError(t, os.WriteFile(n, []byte(text), 0o644))
	}
	diff, stderr, _ := runCLI(t, "", false, append([]string{"lint", "--diff"}, names...)...)
	require.NotEmpty(t, diff, stderr)
	cmd := exec.Command(patch, "-p0", "--batch", "--silent")
	cmd.Stdin = strings.NewReader(diff)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "patch: %s\n%s", out, diff)
	for _, n := range names {
		b, err := os.ReadFile(n)
		require.NoError(t, err)
		assert.Equal(t, fixed, string(b), "%q after patch", n)
	}
}
