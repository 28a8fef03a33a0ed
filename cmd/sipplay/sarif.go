package main

import (
	"encoding/json"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/sipplay/sipplay/sipuri"
)

// The SARIF 2.1.0 log sipplay writes: one run, rules from the finding codes'
// help entries, columns counted in Unicode code points.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool        sarifTool         `json:"tool"`
		Invocations []sarifInvocation `json:"invocations,omitempty"`
		ColumnKind  string            `json:"columnKind"`
		Results     []sarifResult     `json:"results"`
	}
	// sarifInvocation is the run's one invocation, given when a file could
	// not be checked: the run did not succeed, and each file says why.
	sarifInvocation struct {
		ExecutionSuccessful        bool                `json:"executionSuccessful"`
		ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications"`
	}
	sarifNotification struct {
		Level     string              `json:"level"`
		Message   sarifMessage        `json:"message"`
		Locations []sarifArtifactOnly `json:"locations"`
	}
	sarifArtifactOnly struct {
		PhysicalLocation struct {
			ArtifactLocation sarifArtifact `json:"artifactLocation"`
		} `json:"physicalLocation"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		InformationURI string      `json:"informationUri"`
		Version        string      `json:"version,omitempty"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string        `json:"id"`
		ShortDescription     *sarifMessage `json:"shortDescription,omitempty"`
		FullDescription      *sarifMessage `json:"fullDescription,omitempty"`
		Help                 *sarifMessage `json:"help,omitempty"`
		HelpURI              string        `json:"helpUri,omitempty"`
		DefaultConfiguration *sarifConfig  `json:"defaultConfiguration,omitempty"`
	}
	sarifConfig struct {
		Level string `json:"level"`
	}
	sarifMessage struct {
		Text string `json:"text"`
	}
	sarifResult struct {
		RuleID    string          `json:"ruleId"`
		RuleIndex int             `json:"ruleIndex"`
		Level     string          `json:"level"`
		Message   sarifMessage    `json:"message"`
		Locations []sarifLocation `json:"locations"`
		Fixes     []sarifFix      `json:"fixes,omitempty"`
	}
	sarifLocation struct {
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifact `json:"artifactLocation"`
		Region           sarifRegion   `json:"region"`
	}
	sarifArtifact struct {
		URI string `json:"uri"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn"`
		EndLine     int `json:"endLine"`
		EndColumn   int `json:"endColumn"` // the column after the region
	}
	sarifFix struct {
		Description     sarifMessage          `json:"description"`
		ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
	}
	sarifArtifactChange struct {
		ArtifactLocation sarifArtifact      `json:"artifactLocation"`
		Replacements     []sarifReplacement `json:"replacements"`
	}
	sarifReplacement struct {
		DeletedRegion   sarifRegion   `json:"deletedRegion"`
		InsertedContent *sarifMessage `json:"insertedContent,omitempty"`
	}
)

// sarifLevels maps a severity to a SARIF result level.
var sarifLevels = map[sipuri.Severity]string{sipuri.Error: "error", sipuri.Warning: "warning", sipuri.Info: "note"}

// writeSARIF prints the findings as a SARIF 2.1.0 log for GitHub code
// scanning. The rules are every code with a help entry, then any other code
// a finding has. The files that could not be checked are the invocation's
// error notifications.
func writeSARIF(w io.Writer, fs []finding, troubles []fileTrouble) error {
	driver := sarifDriver{Name: "sipplay", InformationURI: "https://github.com/sipplay/sipplay", Version: toolVersion(), Rules: []sarifRule{}}
	ruleIndex := map[string]int{}
	addRule := func(r sarifRule) int {
		if i, ok := ruleIndex[r.ID]; ok {
			return i
		}
		ruleIndex[r.ID] = len(driver.Rules)
		driver.Rules = append(driver.Rules, r)
		return len(driver.Rules) - 1
	}
	for _, d := range codeDocs() {
		r := sarifRule{
			ID:                   d.Code,
			ShortDescription:     &sarifMessage{d.Summary},
			Help:                 &sarifMessage{helpText(d)},
			HelpURI:              d.Source,
			DefaultConfiguration: &sarifConfig{sarifLevels[d.Severity]},
		}
		if d.Why != "" {
			r.FullDescription = &sarifMessage{d.Why}
		}
		addRule(r)
	}
	run := sarifRun{ColumnKind: "unicodeCodePoints", Results: []sarifResult{}}
	for i := range fs {
		f := &fs[i]
		uri := sarifURI(f.doc.name)
		res := sarifResult{
			RuleID:    f.Code,
			RuleIndex: addRule(sarifRule{ID: f.Code}),
			Level:     sarifLevels[f.Severity],
			Message:   sarifMessage{f.Message},
			Locations: []sarifLocation{{sarifPhysical{sarifArtifact{uri}, regionOf(f.doc.text, f.Start, f.End)}}},
		}
		if x := f.Fix; x != nil {
			rep := sarifReplacement{DeletedRegion: regionOf(f.doc.text, x.Start, x.End)}
			if x.NewText != "" {
				rep.InsertedContent = &sarifMessage{x.NewText}
			}
			res.Fixes = []sarifFix{{
				Description:     sarifMessage{x.Title},
				ArtifactChanges: []sarifArtifactChange{{sarifArtifact{uri}, []sarifReplacement{rep}}},
			}}
		}
		run.Results = append(run.Results, res)
	}
	if len(troubles) > 0 {
		inv := sarifInvocation{}
		for _, t := range troubles {
			var at sarifArtifactOnly
			at.PhysicalLocation.ArtifactLocation.URI = sarifURI(t.name)
			inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications,
				sarifNotification{Level: "error", Message: sarifMessage{t.message}, Locations: []sarifArtifactOnly{at}})
		}
		run.Invocations = []sarifInvocation{inv}
	}
	run.Tool.Driver = driver
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{run},
	})
}

// regionOf is the SARIF region of the bytes [start, end) of text.
func regionOf(text string, start, end int) sarifRegion {
	s, e := positionOf(text, start), positionOf(text, max(start, end))
	return sarifRegion{StartLine: s.line, StartColumn: s.col, EndLine: e.line, EndColumn: e.col}
}

// repoPath is a document name as the repository knows it: an absolute path
// under the working directory made relative to it (CI runs in the checkout,
// and code scanning and annotations match paths against the repository),
// with forward slashes.
func repoPath(name string) string {
	p := filepath.Clean(name)
	if filepath.IsAbs(p) {
		if wd, err := os.Getwd(); err == nil {
			if rel, err := filepath.Rel(wd, p); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				p = rel
			}
		}
	}
	return filepath.ToSlash(p)
}

// sarifURI turns a document name into a URI reference: its repoPath when it
// is relative, a file: URI otherwise, percent-encoded either way.
func sarifURI(name string) string {
	p := repoPath(name)
	if strings.HasPrefix(p, "/") {
		return (&url.URL{Scheme: "file", Path: p}).String()
	}
	return (&url.URL{Path: p}).String()
}

// toolVersion is the module version sipplay was built from, when it is known
// (go install …@v1.2.3), or "".
func toolVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && strings.HasPrefix(bi.Main.Version, "v") {
		return bi.Main.Version
	}
	return ""
}
