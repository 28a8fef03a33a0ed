package view

import (
	"testing"

	"github.com/sipplay/sipplay/sipuri"
	"github.com/stretchr/testify/assert"
)

func diags(sev ...sipuri.Severity) []sipuri.Diagnostic {
	out := make([]sipuri.Diagnostic, len(sev))
	for i, s := range sev {
		out[i] = sipuri.Diagnostic{Severity: s, Code: "c"}
	}
	return out
}

func TestStatus(t *testing.T) {
	E, W, I := sipuri.Error, sipuri.Warning, sipuri.Info
	tests := []struct {
		name  string
		in    []sipuri.Diagnostic
		want  string
		level string
	}{
		{"none", nil, "valid", "valid"},
		{"info only", diags(I, I), "valid", "valid"},
		{"one error", diags(E), "1 error", "error"},
		{"two errors one warning", diags(E, W, E), "2 errors, 1 warning", "error"},
		{"warnings and info", diags(W, I, W, W), "3 warnings", "warning"},
		{"one warning", diags(W), "1 warning", "warning"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Status(tt.in), tt.name)
		assert.Equal(t, tt.level, StatusLevel(tt.in), tt.name)
	}
}

func TestItems(t *testing.T) {
	fix := &sipuri.Fix{Title: "Use tcp", Start: 20, End: 23, NewText: "tcp"}
	in := []sipuri.Diagnostic{
		{Start: 6, End: 7, Severity: sipuri.Error, Code: "syntax", Message: "unexpected space"},
		{Start: 20, End: 23, Severity: sipuri.Error, Code: "transport", Message: "use lower case", Fix: fix},
		{Start: 0, End: 0, Severity: sipuri.Info, Code: "tls-port", Message: "5061", Fix: &sipuri.Fix{}},
		{Start: 8, End: 21, Severity: sipuri.Info, Code: "tls-signalling-only", Message: "srtp",
			Fix: &sipuri.Fix{Title: "Add secure=true", Start: 21, End: 21, NewText: ";secure=true", Choice: "it turns on SRTP"}},
	}
	got := Items(in, Column)
	want := []Item{
		{Code: "syntax", Severity: "error", Message: "unexpected space", Where: "col 7", Diag: in[0]},
		{Code: "transport", Severity: "error", Message: "use lower case", Where: "col 21", FixTitle: "Use tcp", Diag: in[1]},
		{Code: "tls-port", Severity: "info", Message: "5061", Where: "col 1", FixTitle: "Fix", Diag: in[2]},
		{Code: "tls-signalling-only", Severity: "info", Message: "srtp", Where: "col 9", FixTitle: "Add secure=true", FixChoice: "it turns on SRTP", Diag: in[3]},
	}
	assert.Equal(t, want, got)
	assert.Nil(t, Items(nil, Column), "no findings, no items")

	calls := Items([]sipuri.Diagnostic{{Field: "From", Code: "from", Severity: sipuri.Error}}, FieldName)
	assert.Equal(t, "From", calls[0].Where, "a calls finding is placed by its parameter")
}

func TestRows(t *testing.T) {
	in := []sipuri.Part{
		{Kind: "scheme", Value: "sip", Meaning: "m1"},
		{Kind: "host", Name: "hostname", Value: "example.com", Meaning: "m2"},
		{Kind: "param", Name: "transport", Value: "transport=tls", Meaning: "m3"},
	}
	want := []Row{
		{Part: "scheme", Value: "sip", Meaning: "m1"},
		{Part: "host hostname", Value: "example.com", Meaning: "m2"},
		{Part: "param transport", Value: "transport=tls", Meaning: "m3"},
	}
	assert.Equal(t, want, Rows(in))
	assert.Nil(t, Rows(nil))
}
