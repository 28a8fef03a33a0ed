// Package highlight turns source text plus diagnostics into escaped,
// class-annotated HTML with chroma's engine and this repository's own lexers.
package highlight

import "github.com/sipplay/sipplay/sipuri"

// STUB: replaced by the real implementation (issue 3).

// TwiML highlights a TwiML document and wraps each diagnostic span.
func TwiML(src string, diags []sipuri.Diagnostic) string { return "" }

// URI highlights a SIP URI and wraps each diagnostic span.
func URI(src string, diags []sipuri.Diagnostic) string { return "" }

// Bash highlights a shell command such as calls.Curl's output.
func Bash(src string) string { return "" }

// JSON highlights a JSON document.
func JSON(src string) string { return "" }
