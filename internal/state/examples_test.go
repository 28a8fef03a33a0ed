package state

import (
	"slices"
	"strings"
	"testing"

	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/sipuri"
	"github.com/sipplay/sipplay/twiml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExamplesAreTheIssueList(t *testing.T) {
	// Issue 6 names these presets, in this order, then the Calls API examples.
	want := []string{
		"basic-dial", "authentication", "custom-headers", "user-to-user", "tcp", "tls",
		"secure-media", "region-ie1", "call-screening", "call-progress-events", "parallel",
		"sequential", "calls-basic", "calls-authentication", "calls-headers",
	}
	var got []string
	for _, ex := range Examples() {
		got = append(got, ex.ID)
		assert.NotEmpty(t, ex.Title, ex.ID)
		assert.Equal(t, strings.ToLower(ex.ID), ex.ID, "kebab-case id")
		assert.NotContains(t, ex.ID, " ", "kebab-case id")
	}
	assert.Equal(t, want, got)
}

// shippedExampleLinks are the presets' v1 links as an earlier version
// kept them (with secrets): the presets written out in examples.go must
// still be exactly the states these links open to.
var shippedExampleLinks = map[string]string{
	"basic-dial":           "v1.Y2QF28Ykgk2SjTUEJCmIVTKbBWRPI8MVmW3rAQ",
	"authentication":       "v1.Y2QF28Ykgk0DG2sISFIQq6QHCygqfFnBMZTNArK0kcHzh-40AA",
	"custom-headers":       "v1.Y4rBJkqtpMnGGgLyiyBNLclmAXm4kcGyZ0olAA",
	"user-to-user":         "v1.YwrAJkp0ksKSHNlYQ0DuF6S6wdksII81MkxcOGM3AA",
	"tcp":                  "v1.Y1Ii5LPkAjbWEJCLBIlQms0CsryRgUHbvhUA",
	"tls":                  "v1.Y1Ii7DM21hCQiwSJUJrNArK8kWHi0qPXAA",
	"secure-media":         "v1.Y8LuM6TUy8YaAnKPIEGF2SwgixsZljKcFQYA",
	"region-ie1":           "v1.Y1IglLjZWENA7hEkqDCbBWRxI4PPBAd3AA",
	"call-screening":       "v1.Y2QF28akjk0DPIVCE1tafj4bawhIvYIgZq5lBmYBFRZQgldlAcWluhBmmWHEZGggSKxd7mBjfKTx5PpsFpBnGxnqnHOdAQ",
	"call-progress-events": "v1.Y2QF28Ykgk0DG2sISFIQq6SnHP5o9lIhJvF4s4CiPZsF5OZGhkjZegsA",
	"parallel":             "v1.Y2QF28akgDWXIClkYw0BKRQkqBBZBVLeQlahjCujISnKZgF5o5Ghpe3AVwA",
	"sequential":           "v1.Y2QF28YkijWNs7GGgGQNWEDJWBC7GkFhLMlfUBxHos9mAbmukSFoaqwHAA",
	"calls-basic":          "v1.Y2QBRQ2TCDb1glhFs1lA5jcqEXbT6e6SLAA",
	"calls-authentication": "v1.Y2QBRQ2TCDb1glhFs1lA5lewARN4UWpJJQvIxEYlwi78VLToIAA",
	"calls-headers":        "v1.Y2QBRQ2TFjb19lgTiyAJarNZQG5pVCLsfvHiV70A",
}

func TestExamplesAreTheShippedPresets(t *testing.T) {
	got := Examples()
	require.Len(t, got, len(shippedExampleLinks))
	for _, ex := range got {
		link, ok := shippedExampleLinks[ex.ID]
		require.True(t, ok, "%s: no shipped link", ex.ID)
		want, err := Decode(link)
		require.NoError(t, err, ex.ID)
		assert.Equal(t, want, ex.State, ex.ID)
	}
}

func TestExamplesFillThePanesConsistently(t *testing.T) {
	for _, ex := range Examples() {
		s := ex.State
		require.NotEmpty(t, s.Dial.Sips, ex.ID)
		assert.Equal(t, s.Dial.Sips[0].URI, s.URI, "%s: pane 1 holds the first noun", ex.ID)
		assert.Equal(t, ModeBuilder, s.Mode, ex.ID)
		assert.Equal(t, twiml.Render(s.Dial), s.XML, "%s: the XML is the builder's", ex.ID)
		assert.False(t, s.ToEdited, ex.ID)
		assert.Equal(t, s.URI, s.Call.To, "%s: To follows pane 1", ex.ID)
		assert.NotEmpty(t, s.Call.From, ex.ID)
		assert.Contains(t, panes, s.Pane, ex.ID)
		switch s.Source {
		case SourceTwiml:
			assert.Equal(t, s.XML, s.Call.Twiml, "%s: inline Twiml follows pane 2", ex.ID)
			assert.Empty(t, s.Call.Url, ex.ID)
		case SourceURL:
			assert.NotEmpty(t, s.Call.Url, ex.ID)
			assert.Empty(t, s.Call.Twiml, ex.ID)
		default:
			t.Errorf("%s: source %q", ex.ID, s.Source)
		}
		if d, err := twiml.ParseDial(s.XML); assert.NoError(t, err, "%s: the XML maps onto the builder", ex.ID) {
			assert.Equal(t, s.Dial, d, "%s: the XML maps back onto the same builder", ex.ID)
		}
	}
}

// findings returns the errors and warnings that the three panes of s show,
// as sorted "pane:code". Info findings explain and do not count: a state
// with only info findings checks clean (see Example.Findings).
func findings(s State) []string {
	var out []string
	add := func(pane string, ds []sipuri.Diagnostic) {
		for _, d := range ds {
			if d.Severity != sipuri.Info {
				out = append(out, pane+":"+d.Code)
			}
		}
	}
	add("uri", sipuri.Check(s.URI))
	add("twiml", twiml.Check(s.XML))
	add("call", calls.Check(s.Call))
	slices.Sort(out)
	return slices.Compact(out)
}

func TestExamplesCheckAsDocumented(t *testing.T) {
	for _, ex := range Examples() {
		want := slices.Clone(ex.Findings)
		slices.Sort(want)
		got := findings(ex.State)
		assert.Equal(t, want, got, "%s: findings of URI %q, XML %q, call %+v", ex.ID, ex.State.URI, ex.State.XML, ex.State.Call)
		if len(want) > 0 {
			assert.NotEmpty(t, ex.Notes, "%s: documented findings need a note", ex.ID)
		}
	}
}

func TestExamplesSurviveALink(t *testing.T) {
	for _, ex := range Examples() {
		got, err := Decode(Encode(ex.State, true))
		require.NoError(t, err, ex.ID)
		assert.Equal(t, ex.State, got, ex.ID)
	}
}
