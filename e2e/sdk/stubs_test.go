package sdk

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sipplay/sipplay/calls"
)

// The SDKs of Java, C#, PHP and Ruby cannot be installed from the
// registries this project reaches, so their snippets are checked with the
// Debian toolchains against stubs of each SDK's API in testdata/stubs, whose
// signatures follow the SDK's sources: Java and C# are compiled, PHP and
// Ruby are run, their stubs building the form body the
// way the SDK does.

// stubFiles returns the files under testdata/stubs/dir with the given
// extension.
func stubFiles(t *testing.T, dir, ext string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(testdata(t, filepath.Join("stubs", dir)), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ext) {
			out = append(out, p)
		}
		return err
	})
	require.NoError(t, err)
	require.NotEmpty(t, out)
	return out
}

var javaClass = regexp.MustCompile(`(?m)^public class Example \{$`)

// TestJavaSnippetsCompile compiles every Java snippet, each class renamed
// to its request's name, with javac against the twilio-java stubs.
func TestJavaSnippetsCompile(t *testing.T) {
	javac := tool(t, "javac")
	rs := Requests(Full())
	dir := t.TempDir()
	args := append([]string{"-encoding", "UTF-8", "-d", filepath.Join(dir, "classes")}, stubFiles(t, "java", ".java")...)
	for i, r := range rs {
		code := calls.Snippet(r, "java")
		require.Len(t, javaClass.FindAllString(code, -1), 1, "%s: no single public class Example:\n%s", Name(i), code)
		class := "Example_" + Name(i)
		file := filepath.Join(dir, class+".java")
		require.NoError(t, os.WriteFile(file, []byte(javaClass.ReplaceAllString(code, "public class "+class+" {")), 0o644))
		args = append(args, file)
	}
	out, err := exec.Command(javac, args...).CombinedOutput()
	require.NoError(t, err, "javac: %s", out)
	t.Logf("java: %d snippets compiled against the twilio-java stubs", len(rs))
}

var csharpClass = regexp.MustCompile(`(?m)^class Program \{$`)

// TestCSharpSnippetsCompile compiles every C# snippet, each class renamed
// to its request's name, with mcs against the twilio-csharp stubs.
func TestCSharpSnippetsCompile(t *testing.T) {
	mcs := tool(t, "mcs")
	rs := Requests(Full())
	dir := t.TempDir()
	args := append([]string{"-target:library", "-langversion:experimental", "-out:" + filepath.Join(dir, "snippets.dll")},
		stubFiles(t, "csharp", ".cs")...)
	for i, r := range rs {
		code := calls.Snippet(r, "csharp")
		require.Len(t, csharpClass.FindAllString(code, -1), 1, "%s: no single class Program:\n%s", Name(i), code)
		file := filepath.Join(dir, Name(i)+".cs")
		require.NoError(t, os.WriteFile(file, []byte(csharpClass.ReplaceAllString(code, "class Program_"+Name(i)+" {")), 0o644))
		args = append(args, file)
	}
	out, err := exec.Command(mcs, args...).CombinedOutput()
	require.NoError(t, err, "mcs: %s", out)
	t.Logf("csharp: %d snippets compiled against the twilio-csharp stubs", len(rs))
}

// runScripts runs each request's snippet in lang with the interpreter, one
// process each (two at a time), and returns what the stub recorded. A run
// parses the whole snippet first, so a syntax error fails it.
func runScripts(t *testing.T, lang, ext string, rs []calls.Request, run func(file string) *exec.Cmd,
	edit func(code string) string) map[string][]Sent {
	t.Helper()
	dir := t.TempDir()
	out := filepath.Join(dir, "sent.jsonl")
	cmds := make([]*exec.Cmd, len(rs))
	for i, r := range rs {
		file := filepath.Join(dir, Name(i)+ext)
		require.NoError(t, os.WriteFile(file, []byte(edit(calls.Snippet(r, lang))), 0o644))
		cmds[i] = run(file)
		cmds[i].Env = Env("SIPPLAY_SDK_OUT="+out, "SIPPLAY_SDK_NAME="+Name(i))
	}
	failed := runAll(cmds)
	sent, err := ReadSent(out)
	require.NoError(t, err)
	for i, msg := range failed {
		if msg != "" {
			sent[Name(i)] = append(sent[Name(i)], Sent{Name: Name(i), Error: msg})
		}
	}
	return sent
}

// TestPHPSnippetsRun runs every PHP snippet with php against the twilio-php stub, whose autoload.php the
// snippet's require_once is pointed at (as its comment tells a person to).
func TestPHPSnippetsRun(t *testing.T) {
	php := tool(t, "php")
	rs := Requests(Full())
	autoload := testdata(t, "stubs/php/autoload.php")
	sent := runScripts(t, "php", ".php", rs,
		func(f string) *exec.Cmd { return exec.Command(php, "-n", f) },
		func(code string) string {
			assert.Contains(t, code, `require_once "/path/to/vendor/autoload.php";`)
			return strings.Replace(code, "/path/to/vendor/autoload.php", autoload, 1)
		})
	CheckSent(t, "php", rs, sent)
}

// TestRubySnippetsRun runs every Ruby snippet with ruby against the twilio-ruby stub.
func TestRubySnippetsRun(t *testing.T) {
	ruby := tool(t, "ruby")
	rs := Requests(Full())
	stubs := testdata(t, "stubs/ruby")
	sent := runScripts(t, "ruby", ".rb", rs,
		func(f string) *exec.Cmd { return exec.Command(ruby, "-I", stubs, f) },
		func(code string) string { return code })
	CheckSent(t, "ruby", rs, sent)
}

// runAll runs the commands, two at a time, and returns for each the error
// and output of a failed one, or "".
func runAll(cmds []*exec.Cmd) []string {
	failed := make([]string, len(cmds))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			for i := range jobs {
				if b, err := cmds[i].CombinedOutput(); err != nil {
					failed[i] = fmt.Sprintf("%v: %s", err, b)
				}
			}
		})
	}
	for i := range cmds {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return failed
}
