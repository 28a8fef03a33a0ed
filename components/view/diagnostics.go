package view

import (
	"strconv"

	"github.com/sipplay/sipplay/sipuri"
)

// An Item is one entry of a diagnostics list.
type Item struct {
	Code     string
	Severity string // "error", "warning" or "info"
	Message  string
	Where    string // where the finding is: "col 5", "line 3, col 7" or a parameter name
	FixTitle string // the fix button's label; "" when there is no fix
	// FixChoice says what the fix would change when it is the person's
	// choice rather than a correction (sipuri.Fix.Choice); else "".
	FixChoice string
	Diag      sipuri.Diagnostic
	Help      *sipuri.CodeDoc // what the code means, why Twilio cares, its source; nil when undocumented
}

// Items turns diagnostics into list entries; where names the place of each.
func Items(diags []sipuri.Diagnostic, where func(d sipuri.Diagnostic) string) []Item {
	if len(diags) == 0 {
		return nil
	}
	out := make([]Item, len(diags))
	for i, d := range diags {
		it := Item{Code: d.Code, Severity: d.Severity.String(), Message: d.Message, Diag: d}
		if where != nil {
			it.Where = where(d)
		}
		if d.Fix != nil {
			it.FixTitle = d.Fix.Title
			if it.FixTitle == "" {
				it.FixTitle = "Fix"
			}
			it.FixChoice = d.Fix.Choice
		}
		out[i] = it
	}
	return out
}

// Column names a finding's place in a one-line text such as a URI.
func Column(d sipuri.Diagnostic) string { return "col " + strconv.Itoa(d.Start+1) }

// FieldName names a calls finding's place: its parameter.
func FieldName(d sipuri.Diagnostic) string { return d.Field }

// Status is the badge text for a list of findings: "valid" when there is
// no error or warning, otherwise the counts, such as "2 errors, 1 warning".
// Infos do not make a text invalid and are not counted.
func Status(diags []sipuri.Diagnostic) string {
	errs, warns := 0, 0
	for _, d := range diags {
		switch d.Severity {
		case sipuri.Error:
			errs++
		case sipuri.Warning:
			warns++
		}
	}
	if errs == 0 && warns == 0 {
		return "valid"
	}
	s := ""
	if errs > 0 {
		s = count(errs, "error")
	}
	if warns > 0 {
		if s != "" {
			s += ", "
		}
		s += count(warns, "warning")
	}
	return s
}

// StatusLevel is the most serious severity among diags ("error",
// "warning"), or "valid"; the badge takes its colour from it.
func StatusLevel(diags []sipuri.Diagnostic) string {
	level := "valid"
	for _, d := range diags {
		switch d.Severity {
		case sipuri.Error:
			return "error"
		case sipuri.Warning:
			level = "warning"
		}
	}
	return level
}

func count(n int, noun string) string {
	s := strconv.Itoa(n) + " " + noun
	if n != 1 {
		s += "s"
	}
	return s
}
