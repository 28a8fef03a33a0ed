package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sipplay/sipplay/sipuri"
)

// schemaChecker validates a JSON value against the draft-04 schema in
// testdata/sarif-schema-2.1.0.json. It knows the keywords that schema uses
// (the test fails on any other): type, properties, additionalProperties,
// required, enum, items, minItems, uniqueItems, minimum, maximum, pattern,
// format, anyOf, oneOf and local $refs.
type schemaChecker struct {
	root map[string]any
	errs []string
}

var schemaKeywords = []string{"$schema", "id", "title", "description", "default", "definitions",
	"type", "properties", "additionalProperties", "required", "enum", "items", "minItems",
	"uniqueItems", "minimum", "maximum", "pattern", "format", "anyOf", "oneOf", "$ref"}

func (c *schemaChecker) fail(path, format string, args ...any) {
	c.errs = append(c.errs, path+": "+fmt.Sprintf(format, args...))
}

// check records in c.errs every way v breaks schema s (anyOf and oneOf
// try their branches on checkers of their own).
func (c *schemaChecker) check(path string, s map[string]any, v any) {
	for k := range s {
		if !slices.Contains(schemaKeywords, k) {
			c.fail(path, "the schema uses keyword %q, which this checker does not know", k)
		}
	}
	if ref, ok := s["$ref"].(string); ok {
		name, ok := strings.CutPrefix(ref, "#/definitions/")
		if !ok {
			c.fail(path, "unsupported $ref %q", ref)
			return
		}
		c.check(path, c.root["definitions"].(map[string]any)[name].(map[string]any), v)
		return
	}
	if t, ok := s["type"]; ok && !typeMatches(t, v) {
		c.fail(path, "want type %v, got %T", t, v)
		return
	}
	if e, ok := s["enum"].([]any); ok && !slices.ContainsFunc(e, func(x any) bool { return reflect.DeepEqual(x, v) }) {
		c.fail(path, "%v is not one of %v", v, e)
	}
	for _, key := range []string{"anyOf", "oneOf"} {
		branches, ok := s[key].([]any)
		if !ok {
			continue
		}
		n := 0
		for _, b := range branches {
			sub := &schemaChecker{root: c.root}
			sub.check(path, b.(map[string]any), v)
			if len(sub.errs) == 0 {
				n++
			}
		}
		if n == 0 || key == "oneOf" && n > 1 {
			c.fail(path, "%d branches of %s match", n, key)
		}
	}
	switch v := v.(type) {
	case map[string]any:
		props, _ := s["properties"].(map[string]any)
		for _, r := range asSlice(s["required"]) {
			if _, ok := v[r.(string)]; !ok {
				c.fail(path, "missing required property %q", r)
			}
		}
		for k, x := range v {
			if ps, ok := props[k].(map[string]any); ok {
				c.check(path+"."+k, ps, x)
				continue
			}
			switch ap := s["additionalProperties"].(type) {
			case bool:
				if !ap {
					c.fail(path, "property %q is not allowed", k)
				}
			case map[string]any:
				c.check(path+"."+k, ap, x)
			}
		}
	case []any:
		if m, ok := s["minItems"].(float64); ok && float64(len(v)) < m {
			c.fail(path, "%d items, want at least %v", len(v), m)
		}
		if u, _ := s["uniqueItems"].(bool); u {
			for i := range v {
				for j := range i {
					if reflect.DeepEqual(v[i], v[j]) {
						c.fail(path, "items %d and %d are equal", j, i)
					}
				}
			}
		}
		if is, ok := s["items"].(map[string]any); ok {
			for i, x := range v {
				c.check(fmt.Sprintf("%s[%d]", path, i), is, x)
			}
		}
	case float64:
		if m, ok := s["minimum"].(float64); ok && v < m {
			c.fail(path, "%v is below the minimum %v", v, m)
		}
		if m, ok := s["maximum"].(float64); ok && v > m {
			c.fail(path, "%v is above the maximum %v", v, m)
		}
	case string:
		if p, ok := s["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(v) {
			c.fail(path, "%q does not match %s", v, p)
		}
		switch s["format"] {
		case "uri":
			if u, err := url.Parse(v); err != nil || !u.IsAbs() {
				c.fail(path, "%q is not an absolute URI", v)
			}
		case "uri-reference":
			if _, err := url.Parse(v); err != nil || strings.ContainsAny(v, " <>\\\"{}|^`") {
				c.fail(path, "%q is not a URI reference", v)
			}
		}
	}
}

func asSlice(v any) []any { s, _ := v.([]any); return s }

func typeMatches(t, v any) bool {
	if ts, ok := t.([]any); ok {
		return slices.ContainsFunc(ts, func(x any) bool { return typeMatches(x, v) })
	}
	switch t {
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "null":
		return v == nil
	case "number":
		_, ok := v.(float64)
		return ok
	case "integer":
		f, ok := v.(float64)
		return ok && f == float64(int64(f))
	}
	return false
}

func loadSARIFSchema(t *testing.T) map[string]any {
	t.Helper()
	b, err := os.ReadFile("testdata/sarif-schema-2.1.0.json")
	require.NoError(t, err)
	var schema map[string]any
	require.NoError(t, json.Unmarshal(b, &schema))
	return schema
}

// The SARIF logs validate against the SARIF 2.1.0 schema and carry what
// GitHub code scanning reads: a rule for each result's ruleId at its
// ruleIndex, a level, a message, and a location with a region.
func TestSARIFValidates(t *testing.T) {
	schema := loadSARIFSchema(t)
	for _, golden := range []string{"lint-vendor.sarif", "lint-broken.sarif"} {
		b, err := os.ReadFile("testdata/golden/" + golden)
		require.NoError(t, err)
		var log map[string]any
		require.NoError(t, json.Unmarshal(b, &log))
		c := &schemaChecker{root: schema}
		c.check("$", schema, log)
		assert.Empty(t, c.errs, golden)

		var typed sarifLog
		require.NoError(t, json.Unmarshal(b, &typed))
		require.Len(t, typed.Runs, 1)
		run := typed.Runs[0]
		require.NotEmpty(t, run.Results, golden)
		for _, r := range run.Results {
			require.Less(t, r.RuleIndex, len(run.Tool.Driver.Rules), golden)
			assert.Equal(t, r.RuleID, run.Tool.Driver.Rules[r.RuleIndex].ID, golden)
			assert.Contains(t, []string{"error", "warning", "note"}, r.Level)
			assert.NotEmpty(t, r.Message.Text)
			require.Len(t, r.Locations, 1)
			reg := r.Locations[0].PhysicalLocation.Region
			assert.Positive(t, reg.StartLine, golden)
			assert.Positive(t, reg.StartColumn, golden)
		}
	}
}

// The checker itself rejects what the schema forbids.
func TestSchemaCheckerRejects(t *testing.T) {
	schema := loadSARIFSchema(t)
	for _, bad := range []string{
		`{"runs": []}`,                                             // no version
		`{"version": "2.0.0", "runs": []}`,                         // wrong version
		`{"version": "2.1.0", "runs": [{"results": []}]}`,          // no tool
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]}`, // no driver name
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{}]}]}`, // no message
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "level": "fatal"}]}]}`,
		`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "locations": [{"physicalLocation": {"region": {"startLine": 0}}}]}]}]}`,
		`{"version": "2.1.0", "runs": [], "extra": 1}`,
	} {
		var v any
		require.NoError(t, json.Unmarshal([]byte(bad), &v), bad)
		c := &schemaChecker{root: schema}
		c.check("$", schema, v)
		assert.NotEmpty(t, c.errs, bad)
	}
}

// The rules carry every help entry of the packages: summary, why, source
// and level, in table order, before any code without an entry.
func TestSARIFRulesFromCodes(t *testing.T) {
	docs := codeDocs()
	require.NotEmpty(t, docs)
	doc := &document{name: "x.xml", text: "<Response/>"}
	var out bytes.Buffer
	require.NoError(t, writeSARIF(&out, []finding{{doc: doc, Diagnostic: sipuri.Diagnostic{Code: "no-help-entry", Message: "m"}}}, nil))
	var log sarifLog
	require.NoError(t, json.Unmarshal(out.Bytes(), &log))
	rules := log.Runs[0].Tool.Driver.Rules
	require.Len(t, rules, len(docs)+1)
	for i, d := range docs {
		r := rules[i]
		assert.Equal(t, d.Code, r.ID)
		assert.Equal(t, d.Summary, r.ShortDescription.Text, d.Code)
		if d.Why != "" {
			assert.Equal(t, d.Why, r.FullDescription.Text, d.Code)
		}
		assert.Equal(t, d.Source, r.HelpURI, d.Code)
		assert.Contains(t, r.Help.Text, d.Summary, d.Code)
		assert.Equal(t, map[sipuri.Severity]string{sipuri.Error: "error", sipuri.Warning: "warning", sipuri.Info: "note"}[d.Severity], r.DefaultConfiguration.Level, d.Code)
	}
	assert.Equal(t, sarifRule{ID: "no-help-entry"}, rules[len(docs)])
	assert.Equal(t, len(docs), log.Runs[0].Results[0].RuleIndex)
}

// Every code the test data brings out has a help entry, so explain and the
// SARIF rules know it.
func TestReportedCodesHaveHelp(t *testing.T) {
	runs := [][]string{
		{"lint", "--format", "json", "testdata/vendor", "testdata/broken"},
		{"check", "--format", "json", "sip:a@10.0.0.1;transport=TLS;region=eu1;x=1", "alice@example.com", "sip:a@b.com;ttl=300?Foo=1"},
		{"request", "--format", "json", "--import", "testdata/request/curl.sh"},
		{"request", "--format", "json", "--json", "testdata/request/call.json", "--Timeout", "7000", "--AccountSid", "AC1"},
	}
	seen := map[string]bool{}
	for _, args := range runs {
		stdout, _, _ := runCLI(t, "", false, args...)
		var fs []jsonFinding
		require.NoError(t, json.Unmarshal([]byte(stdout), &fs), "%q", args)
		for _, f := range fs {
			seen[f.Code] = true
		}
	}
	require.Greater(t, len(seen), 15)
	for code := range seen {
		d, ok := lookupCode(code)
		if assert.True(t, ok, "no help entry for %s", code) {
			assert.NotEmpty(t, d.Summary, code)
		}
	}
}

// An absolute path under the working directory (${{ github.workspace }}/…)
// is annotated and uploaded relative to it, as the repository knows it.
func TestAbsolutePathsAreRepositoryPaths(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "twiml"), 0o755))
	abs := filepath.Join(dir, "twiml", "dial.xml")
	require.NoError(t, os.WriteFile(abs, []byte("<Response><Dial><Sip>sip:a@example.com;region=eu1</Sip></Dial></Response>\n"), 0o644))
	unreadable := filepath.Join(dir, "twiml", "big.xml")
	require.NoError(t, os.WriteFile(unreadable, []byte(strings.Repeat(" ", maxInput+1)), 0o644))

	stdout, _, _ := runCLI(t, "", false, "lint", "--format", "github", abs, unreadable)
	assert.Contains(t, stdout, "::error file=twiml/dial.xml,line=1,")
	assert.Contains(t, stdout, "::error file=twiml/big.xml,title=sipplay::")
	stdout, _, _ = runCLI(t, "", false, "lint", "--format", "sarif", abs)
	assert.Contains(t, stdout, `"uri": "twiml/dial.xml"`)
}
