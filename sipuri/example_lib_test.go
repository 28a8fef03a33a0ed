package sipuri_test

import (
	"errors"
	"fmt"

	"github.com/sipplay/sipplay/sipuri"
)

// A syntax error names the byte where the URI stops matching RFC 3261.
func ExampleParse_syntaxError() {
	s := "sip:alice@exa mple.com"
	_, err := sipuri.Parse(s)
	var se *sipuri.SyntaxError
	if errors.As(err, &se) {
		fmt.Printf("byte %d: %q\n", se.Offset, s[se.Offset])
	}
	// Output:
	// byte 13: ' '
}

// String writes the escapes back, so what it prints parses to the same URI.
func ExampleURI_String() {
	u := &sipuri.URI{
		Scheme:  "sip",
		User:    "alice smith",
		Host:    "example.sip.twilio.com",
		Params:  []sipuri.Param{{Name: "transport", Value: "tls"}},
		Headers: []sipuri.Header{{Name: "X-Note", Value: "a&b"}},
	}
	fmt.Println(u.String())
	back, err := sipuri.Parse(u.String())
	fmt.Println(back.User, back.Headers[0].Value, err)
	// Output:
	// sip:alice%20smith@example.sip.twilio.com;transport=tls?X-Note=a%26b
	// alice smith a&b <nil>
}

// Each finding has a byte span; a fix, when there is one, clears it.
func ExampleCheck_fix() {
	s := "sip:bob@example.com;transport=TCP"
	for _, d := range sipuri.Check(s) {
		fmt.Printf("%s [%s] at %d-%d %q\n", d.Severity, d.Code, d.Start, d.End, s[d.Start:d.End])
		if d.Fix != nil {
			fixed := d.Fix.Apply(s)
			fmt.Println(d.Fix.Title+":", fixed, "->", len(sipuri.Check(fixed)), "findings")
		}
	}
	// Output:
	// warning [transport-case] at 30-33 "TCP"
	// Write tcp: sip:bob@example.com;transport=tcp -> 0 findings
}

// A fix is either a correction, which writes what the text already means,
// or a choice the person makes: a tool that fixes without asking applies
// only the corrections.
func ExampleFix_choice() {
	s := "sip:kate@example.com;transport=TLS;region=eu1"
	for _, d := range sipuri.Check(s) {
		if d.Fix == nil {
			continue
		}
		if d.Fix.Choice != "" {
			fmt.Printf("%s: ask first (%s)\n", d.Fix.Title, d.Fix.Choice)
		} else {
			fmt.Printf("%s: apply\n", d.Fix.Title)
		}
	}
	// Output:
	// Add secure=true: ask first (secure=true turns on SRTP for the media, which the endpoint must support)
	// Write tls: apply
	// Use region ie1: ask first (it picks the region the call leaves from, which the text does not say)
}
