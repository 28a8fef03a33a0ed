package view

import (
	"strings"

	"github.com/sipplay/sipplay/calls"
	"github.com/sipplay/sipplay/internal/state"
	"github.com/sipplay/sipplay/sipuri"
)

// Import reads a pasted curl command, twilio CLI command or form body with
// calls.Import and returns s with the request in the panes: the parameters
// in pane 3, To in pane 1 (To then follows it), an inline Twiml in pane 2 as
// its XML, and the instruction source the request names. The findings have
// spans into text. An auth token in text is never kept: Import reads it and
// says so in a finding, and s keeps the token it had.
//
// ok is false when text holds no request at all; s is then unchanged.
func Import(s state.State, text string) (next state.State, findings []sipuri.Diagnostic, ok bool) {
	r, findings := calls.Import(text)
	if strings.TrimSpace(text) == "" || (calls.FormBody(r) == "" && r.AccountSid == "") {
		return s, findings, false
	}
	next = s
	next.Call = r
	next.URI = r.To
	next.ToEdited = false
	switch {
	case r.Url != "":
		next.Source = state.SourceURL
	case r.Twiml != "":
		next.Source = state.SourceTwiml
		next = SetXML(next, r.Twiml)
	case r.ApplicationSid != "":
		next.Source = state.SourceApplication
	}
	return next, findings, true
}
