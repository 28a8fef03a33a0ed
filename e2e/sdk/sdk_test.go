package sdk

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sipplay/sipplay/calls"
)

// nodeModules is tools/node/node_modules, where .ci/run installs the pinned
// twilio and twilio-cli packages.
func nodeModules(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../../tools/node/node_modules")
	require.NoError(t, err)
	for _, p := range []string{"twilio/package.json", "twilio-cli/package.json", ".bin/twilio"} {
		_, err := os.Stat(filepath.Join(dir, p))
		require.NoError(t, err, "the pinned Node packages are missing: run npm ci --prefix tools/node")
	}
	return dir
}

// tool returns the path of a program the checks need; a missing one fails
// the test (CI installs them all in .ci/run).
func tool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	require.NoError(t, err, "%s is required for the SDK checks (.ci/run installs it)", name)
	return p
}

func testdata(t *testing.T, name string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("testdata", name))
	require.NoError(t, err)
	return p
}

// TestNodeSDK runs every Node snippet with npm twilio (tools/node), in one
// Node process with intercept.js preloaded.
func TestNodeSDK(t *testing.T) {
	node, modules := tool(t, "node"), nodeModules(t)
	rs := Requests(Full())
	dir := t.TempDir()
	args := []string{"--require", testdata(t, "intercept.js"), testdata(t, "run.js")}
	for i, r := range rs {
		file := filepath.Join(dir, Name(i)+".js")
		require.NoError(t, os.WriteFile(file, []byte(calls.Snippet(r, "node")), 0o644))
		args = append(args, Name(i)+"="+file)
	}
	out := filepath.Join(dir, "sent.jsonl")
	cmd := exec.Command(node, args...)
	cmd.Env = Env("NODE_PATH="+modules, "SIPPLAY_SDK_OUT="+out)
	log, err := cmd.CombinedOutput()
	require.NoError(t, err, "node: %s", log)
	sent, err := ReadSent(out)
	require.NoError(t, err)
	CheckSent(t, "node", rs, sent)
}

// TestPythonSDK runs every Python snippet with Debian's python3-twilio, in
// one Python process whose sitecustomize intercepts the requests.
func TestPythonSDK(t *testing.T) {
	// Debian's interpreter, which python3-twilio is installed for (a
	// version manager's python3 may come first on PATH).
	python := "/usr/bin/python3"
	out, err := exec.Command(python, "-c", "import twilio; print(twilio.__version__)").CombinedOutput()
	require.NoError(t, err, "python3-twilio is required for the SDK checks (.ci/run installs it): %s", out)
	t.Logf("python3-twilio %s", strings.TrimSpace(string(out)))
	rs := Requests(Full())
	dir := t.TempDir()
	args := []string{testdata(t, "run.py")}
	for i, r := range rs {
		file := filepath.Join(dir, Name(i)+".py")
		require.NoError(t, os.WriteFile(file, []byte(calls.Snippet(r, "python")), 0o644))
		args = append(args, Name(i)+"="+file)
	}
	sentFile := filepath.Join(dir, "sent.jsonl")
	cmd := exec.Command(python, args...)
	cmd.Env = Env("PYTHONPATH="+testdata(t, "python"), "SIPPLAY_SDK_OUT="+sentFile, "PYTHONDONTWRITEBYTECODE=1", "PYTHONIOENCODING=utf-8")
	log, err := cmd.CombinedOutput()
	require.NoError(t, err, "python3: %s", log)
	sent, err := ReadSent(sentFile)
	require.NoError(t, err)
	CheckSent(t, "python", rs, sent)
}

// TestCLISDK runs every twilio CLI snippet with bash, in which twilio is a
// function that saves its arguments, and then runs npm twilio-cli
// (tools/node) with each snippet's arguments in one Node process with
// intercept.js preloaded (cli-run.js): the shell's words and the CLI's
// reading of them are the real ones, and the CLI starts once.
func TestCLISDK(t *testing.T) {
	bash, node, modules := tool(t, "bash"), tool(t, "node"), nodeModules(t)
	require.NoError(t, LoadCLISchema(modules))
	rs := Requests(Full())
	dir := t.TempDir()
	script := []string{"-c", `twilio() { printf '%s\0' "$@" > "${f%.sh}.args"; }; for f in "$@"; do . "$f"; done`, "bash"}
	args := []string{"--require", testdata(t, "intercept.js"), testdata(t, "cli-run.js")}
	for i, r := range rs {
		file := filepath.Join(dir, Name(i)+".sh")
		require.NoError(t, os.WriteFile(file, []byte(calls.Snippet(r, "cli")), 0o644))
		script = append(script, file)
		args = append(args, Name(i)+"="+filepath.Join(dir, Name(i)+".args"))
	}
	cmd := exec.Command(bash, script...)
	cmd.Env = Env()
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "bash: %s", out)
	for i := range rs {
		_, err := os.Stat(filepath.Join(dir, Name(i)+".args"))
		require.NoError(t, err, "%s: the snippet runs no twilio command:\n%s", Name(i), calls.Snippet(rs[i], "cli"))
	}
	sentFile := filepath.Join(dir, "sent.jsonl")
	cmd = exec.Command(node, args...)
	cmd.Env = append(Env("SIPPLAY_SDK_OUT="+sentFile, "TWILIO_SKIP_NEW_VERSION_CHECK=true", "TWILIO_DISABLE_AUTOUPDATE=true",
		"NO_COLOR=1"), "HOME="+dir)
	out, err = cmd.CombinedOutput()
	require.NoError(t, err, "node cli-run.js: %s", out)
	sent, err := ReadSent(sentFile)
	require.NoError(t, err)
	CheckSent(t, "cli", rs, sent)
}
