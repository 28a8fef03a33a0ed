package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

// action is the part of the repository's action.yml that a local run needs.
type action struct {
	Inputs map[string]struct {
		Default string `yaml:"default"`
	} `yaml:"inputs"`
	Runs struct {
		Using string       `yaml:"using"`
		Steps []actionStep `yaml:"steps"`
	} `yaml:"runs"`
}

type actionStep struct {
	Name  string            `yaml:"name"`
	ID    string            `yaml:"id"`
	If    string            `yaml:"if"`
	Uses  string            `yaml:"uses"`
	Shell string            `yaml:"shell"`
	Run   string            `yaml:"run"`
	Env   map[string]string `yaml:"env"`
	With  map[string]string `yaml:"with"`
}

// A stepResult is what one step of a local run did.
type stepResult struct {
	ran     bool
	status  int
	stdout  string
	outputs map[string]string
	with    map[string]string // a uses: step's inputs, resolved (it is not run locally)
}

// actionRun runs the composite action's steps the way the runner does, in
// bash, in workspace, with the given inputs over the defaults: ${{ inputs.* }}
// and ${{ steps.*.outputs.* }} are resolved, each step gets its own
// GITHUB_OUTPUT file, GITHUB_PATH lines reach the later steps, a step's if:
// is evaluated, and after a failed step only always() steps run. A uses:
// step (actions/setup-go, the SARIF upload) cannot run here: its if: and
// with: are resolved and recorded instead.
func actionRun(t *testing.T, a action, inputs map[string]string, workspace, bin string) map[string]*stepResult {
	t.Helper()
	in := map[string]string{}
	for k, v := range a.Inputs {
		in[k] = v.Default
	}
	for k, v := range inputs {
		require.Contains(t, a.Inputs, k, "action.yml has no input %s", k)
		in[k] = v
	}
	results := map[string]*stepResult{}
	expr := regexp.MustCompile(`\$\{\{\s*(.*?)\s*\}\}`)
	value := func(ref string) string {
		if name, ok := strings.CutPrefix(ref, "inputs."); ok {
			v, ok := in[name]
			require.True(t, ok, "unknown input in %q", ref)
			return v
		}
		if m := regexp.MustCompile(`^steps\.([\w-]+)\.outputs\.([\w-]+)$`).FindStringSubmatch(ref); m != nil {
			if r := results[m[1]]; r != nil {
				return r.outputs[m[2]]
			}
			return ""
		}
		t.Fatalf("action.yml uses an expression this test does not know: %q", ref)
		return ""
	}
	resolve := func(s string) string {
		return expr.ReplaceAllStringFunc(s, func(m string) string { return value(expr.FindStringSubmatch(m)[1]) })
	}
	failed := false
	condition := func(cond string) bool {
		cond = strings.TrimSpace(expr.ReplaceAllString(cond, "$1"))
		always := false
		ok := true
		for _, term := range strings.Split(cond, "&&") {
			term = strings.TrimSpace(term)
			if term == "" {
				continue
			}
			if term == "always()" {
				always = true
				continue
			}
			m := regexp.MustCompile(`^(\S+)\s*(==|!=)\s*'([^']*)'$`).FindStringSubmatch(term)
			require.NotNil(t, m, "an if: this test cannot evaluate: %q", term)
			if (value(m[1]) == m[3]) != (m[2] == "==") {
				ok = false
			}
		}
		return ok && (always || !failed)
	}
	path := bin + string(os.PathListSeparator) + os.Getenv("PATH")
	runnerTemp := t.TempDir()
	for i, s := range a.Runs.Steps {
		id := s.ID
		if id == "" {
			id = "step" + string(rune('0'+i))
		}
		r := &stepResult{outputs: map[string]string{}}
		results[id] = r
		if !condition(s.If) {
			continue
		}
		r.ran = true
		if s.Uses != "" {
			r.with = map[string]string{}
			for k, v := range s.With {
				r.with[k] = resolve(v)
			}
			continue
		}
		require.Equal(t, "bash", s.Shell, "step %q", s.Name)
		require.NotContains(t, s.Run, "${{", "step %q: inputs reach a script through env:, never pasted into it", s.Name)
		dir := t.TempDir()
		script, output, ghPath := filepath.Join(dir, "step.sh"), filepath.Join(dir, "output"), filepath.Join(dir, "path")
		require.NoError(t, os.WriteFile(script, []byte(s.Run), 0o644))
		require.NoError(t, os.WriteFile(output, nil, 0o644))
		require.NoError(t, os.WriteFile(ghPath, nil, 0o644))
		cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", script)
		cmd.Dir = workspace
		cmd.Env = append(os.Environ(), "PATH="+path, "GITHUB_OUTPUT="+output, "GITHUB_PATH="+ghPath, "RUNNER_TEMP="+runnerTemp)
		for k, v := range s.Env {
			cmd.Env = append(cmd.Env, k+"="+resolve(v))
		}
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		r.stdout = stdout.String()
		if ee, ok := err.(*exec.ExitError); ok {
			r.status = ee.ExitCode()
			failed = true
		} else {
			require.NoError(t, err, "step %q", s.Name)
		}
		outs, err := os.ReadFile(output)
		require.NoError(t, err)
		for _, line := range strings.Split(strings.TrimSpace(string(outs)), "\n") {
			if k, v, ok := strings.Cut(line, "="); ok {
				r.outputs[k] = v
			}
		}
		added, err := os.ReadFile(ghPath)
		require.NoError(t, err)
		for _, p := range strings.Fields(string(added)) {
			path = p + string(os.PathListSeparator) + path
		}
		t.Logf("step %q: status %d\nstdout: %s\nstderr: %s", s.Name, r.status, r.stdout, stderr.String())
	}
	return results
}

// buildSipplay builds the command into a temporary directory and returns
// that directory.
func buildSipplay(t *testing.T) string {
	t.Helper()
	bin := t.TempDir()
	out, err := exec.Command("go", "build", "-o", filepath.Join(bin, "sipplay"), ".").CombinedOutput()
	require.NoError(t, err, "go build: %s", out)
	return bin
}

// The built command prints what the golden files hold and exits as the
// in-process runs do (SARIF aside: its rules there come from a fixed table).
func TestBuiltCommand(t *testing.T) {
	sipplay := filepath.Join(buildSipplay(t), "sipplay")
	tests := []struct {
		golden string
		status int
		args   []string
	}{
		{"lint-vendor.txt", exitFindings, []string{"lint", "testdata/vendor"}},
		{"lint-vendor.json", exitFindings, []string{"lint", "--format", "json", "testdata/vendor"}},
		{"lint-vendor.github", exitFindings, []string{"lint", "--format", "github", "testdata/vendor"}},
		{"lint-broken.txt", exitTrouble, []string{"lint", "testdata/broken"}},
		{"lint-broken.json", exitTrouble, []string{"lint", "--format", "json", "testdata/broken"}},
		{"lint-broken.github", exitTrouble, []string{"lint", "--format", "github", "testdata/broken"}},
		{"lint-broken.diff", exitTrouble, []string{"lint", "--diff", "testdata/broken"}},
	}
	for _, tt := range tests {
		cmd := exec.Command(sipplay, tt.args...)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		status := 0
		if ee, ok := err.(*exec.ExitError); ok {
			status = ee.ExitCode()
		} else {
			require.NoError(t, err)
		}
		assert.Equal(t, tt.status, status, "sipplay %q: %s", tt.args, stderr.String())
		want, err := os.ReadFile(filepath.Join("testdata", "golden", tt.golden))
		require.NoError(t, err)
		assert.Equal(t, string(want), stdout.String(), "sipplay %q", tt.args)
	}
}

// The composite action works in a local run of its steps, with the sipplay
// built from this tree.
func TestActionLocalRun(t *testing.T) {
	b, err := os.ReadFile("../../action.yml")
	require.NoError(t, err)
	var a action
	require.NoError(t, yaml.Unmarshal(b, &a))
	require.Equal(t, "composite", a.Runs.Using)

	bin := buildSipplay(t)

	// A workspace with broken TwiML in a directory and one named file.
	broken := t.TempDir()
	copyDir(t, "testdata/broken/nested", filepath.Join(broken, "twiml"))
	copyDir(t, "testdata/vendor", filepath.Join(broken, "vendor"))
	clean := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(clean, "dial.xml"),
		[]byte("<Response><Dial><Sip>sip:alice@example.com</Sip></Dial></Response>\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(clean, "pom.xml"), []byte("<project/>\n"), 0o644))

	t.Run("annotations", func(t *testing.T) {
		r := actionRun(t, a, map[string]string{"version": "path", "paths": "twiml\n vendor/region.xml  vendor/no-scheme.xml"}, broken, bin)
		assert.False(t, r["step0"].ran, "setup-go is not needed with version: path")
		lint := r["lint"]
		require.True(t, lint.ran)
		assert.Equal(t, exitFindings, lint.status)
		assert.Contains(t, lint.stdout, "::warning file=twiml/crlf.xml,line=3,col=35,endLine=3,endColumn=38,title=sipplay transport-case::")
		assert.Contains(t, lint.stdout, "::error file=vendor/no-scheme.xml,line=4,col=14,")
		assert.NotContains(t, lint.stdout, "region.xml", "the vendor's region example is clean")
		assert.Equal(t, "1", lint.outputs["exit-code"])
		assert.False(t, r["step3"].ran, "no upload without sarif")
		assert.False(t, r["step4"].ran, "the job failed at the lint step")
	})
	t.Run("sarif", func(t *testing.T) {
		// crlf.xml has warnings only (transport case is a warning since issue 10).
		r := actionRun(t, a, map[string]string{"version": "path", "format": "sarif", "paths": "twiml", "fail-on": "warning"}, broken, bin)
		lint := r["lint"]
		assert.Equal(t, 0, lint.status, "the upload comes before the failure")
		sarif := lint.outputs["sarif-file"]
		require.FileExists(t, sarif)
		upload := r["step3"]
		require.True(t, upload.ran, "the SARIF upload step runs")
		assert.Equal(t, sarif, upload.with["sarif_file"])
		b, err := os.ReadFile(sarif)
		require.NoError(t, err)
		var log any
		require.NoError(t, json.Unmarshal(b, &log))
		schema := loadSARIFSchema(t)
		c := &schemaChecker{root: schema}
		c.check("$", schema, log)
		assert.Empty(t, c.errs)
		assert.Contains(t, string(b), `"uri": "twiml/crlf.xml"`)
		assert.Equal(t, exitFindings, r["step4"].status, "the last step fails the job")
	})
	t.Run("clean", func(t *testing.T) {
		r := actionRun(t, a, map[string]string{"version": "path", "fail-on": "warning"}, clean, bin)
		assert.Equal(t, 0, r["lint"].status)
		assert.Empty(t, r["lint"].stdout)
		assert.True(t, r["step4"].ran)
		assert.Equal(t, 0, r["step4"].status)
	})
	t.Run("bad format", func(t *testing.T) {
		r := actionRun(t, a, map[string]string{"version": "path", "format": "xml"}, clean, bin)
		assert.Equal(t, exitTrouble, r["lint"].status)
		assert.Contains(t, r["lint"].stdout, "::error::sipplay: format must be github or sarif, not xml")
	})
}

// The pre-commit hook runs sipplay lint on XML files and skips other XML.
func TestPreCommitHook(t *testing.T) {
	b, err := os.ReadFile("../../.pre-commit-hooks.yaml")
	require.NoError(t, err)
	var hooks []struct {
		ID       string   `yaml:"id"`
		Entry    string   `yaml:"entry"`
		Language string   `yaml:"language"`
		Types    []string `yaml:"types"`
	}
	require.NoError(t, yaml.Unmarshal(b, &hooks))
	require.Len(t, hooks, 1)
	h := hooks[0]
	assert.Equal(t, "sipplay-lint", h.ID)
	assert.Equal(t, "golang", h.Language)
	assert.Equal(t, []string{"xml"}, h.Types)
	args := strings.Fields(h.Entry)
	require.Equal(t, "sipplay", args[0])
	// pre-commit passes the staged files by name.
	dir := t.TempDir()
	pom := filepath.Join(dir, "pom.xml")
	require.NoError(t, os.WriteFile(pom, []byte("<project/>"), 0o644))
	_, stderr, status := runCLI(t, "", false, append(args[1:], pom, "testdata/broken/region-typo.xml")...)
	assert.Equal(t, exitFindings, status)
	assert.Contains(t, stderr, "pom.xml: skipped: its root element is <project>")
}
