// Package gosdk checks the Go snippets with twilio-go. It is a module of
// its own so that twilio-go never becomes a dependency of the playground.
package gosdk

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/e2e/sdk"
)

// mainFunc is the snippet's main, which each snippet file has once.
var mainFunc = regexp.MustCompile(`(?m)^func main\(\) \{$`)

// TestGoSDK builds every Go snippet into the run command with twilio-go
// (go build -overlay adds them to run/ without writing there), runs each,
// and checks the request twilio-go sent.
func TestGoSDK(t *testing.T) {
	goTool, err := exec.LookPath("go")
	require.NoError(t, err)
	rs := sdk.Requests(sdk.Full())
	dir := t.TempDir()
	runDir, err := filepath.Abs("run")
	require.NoError(t, err)
	overlay := map[string]string{}
	for i, r := range rs {
		name := fmt.Sprintf("r%03d", i)
		code := calls.Snippet(r, "go")
		require.Len(t, mainFunc.FindAllStringIndex(code, -1), 1, "%s: the snippet has no single func main:\n%s", name, code)
		code = mainFunc.ReplaceAllString(code, "func init() { register(\""+name+"\", "+name+") }\n\nfunc "+name+"() {")
		file := filepath.Join(dir, name+".go")
		require.NoError(t, os.WriteFile(file, []byte(code), 0o644))
		overlay[filepath.Join(runDir, "snippet_"+name+".go")] = file
	}
	b, err := json.Marshal(map[string]any{"Replace": overlay})
	require.NoError(t, err)
	overlayFile := filepath.Join(dir, "overlay.json")
	require.NoError(t, os.WriteFile(overlayFile, b, 0o644))
	bin := filepath.Join(dir, "run")
	out, err := exec.Command(goTool, "build", "-overlay", overlayFile, "-o", bin, "./run").CombinedOutput()
	require.NoError(t, err, "go build of the snippets with twilio-go: %s", out)

	sentFile := filepath.Join(dir, "sent.jsonl")
	failed := map[string]string{}
	for i := range rs {
		name := fmt.Sprintf("r%03d", i)
		cmd := exec.Command(bin, name)
		cmd.Env = sdk.Env("SIPPLAY_SDK_OUT=" + sentFile)
		if out, err := cmd.CombinedOutput(); err != nil {
			failed[name] = fmt.Sprintf("%v: %s", err, out)
		}
	}
	sent, err := sdk.ReadSent(sentFile)
	require.NoError(t, err)
	for name, msg := range failed {
		if len(sent[name]) == 0 {
			sent[name] = []sdk.Sent{{Name: name, Error: msg}}
		}
	}
	sdk.CheckSent(t, "go", rs, sent)
}
