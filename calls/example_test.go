package calls_test

import (
	"fmt"

	"github.com/sipplay/sipplay/calls"
)

// request is the call the examples make: dial a SIP endpoint, with the
// instructions at a URL.
var request = calls.Request{
	To:   "sip:alice@example.sip.twilio.com;transport=tls",
	From: "bob",
	Url:  "https://example.com/twiml",
}

// FormBody is the exact application/x-www-form-urlencoded body.
func ExampleFormBody() {
	fmt.Println(calls.FormBody(request))
	// Output:
	// To=sip%3Aalice%40example.sip.twilio.com%3Btransport%3Dtls&From=bob&Url=https%3A%2F%2Fexample.com%2Ftwiml
}

// Curl sends exactly FormBody's fields; the credentials come from the
// environment, never from the request.
func ExampleCurl() {
	fmt.Println(calls.Curl(request))
	// Output:
	// curl -X POST "https://api.twilio.com/2010-04-01/Accounts/$TWILIO_ACCOUNT_SID/Calls.json" \
	//   --data-urlencode 'To=sip:alice@example.sip.twilio.com;transport=tls' \
	//   --data-urlencode 'From=bob' \
	//   --data-urlencode 'Url=https://example.com/twiml' \
	//   -u "$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN"
}

// Each finding names its parameter in Field and has a byte span into that
// parameter's value; ApplyFix applies its fix to the request.
func ExampleCheck() {
	r := request
	r.To = "sip:alice@example.com;transport=TCP"
	r.Timeout = "700"
	for _, d := range calls.Check(r) {
		fmt.Printf("%s %d-%d %s [%s] fix: %t\n", d.Field, d.Start, d.End, d.Severity, d.Code, d.Fix != nil)
		r = calls.ApplyFix(r, d)
	}
	fmt.Println(r.To)
	// Output:
	// To 32-35 warning [transport-case] fix: true
	// Timeout 0-3 error [range] fix: false
	// sip:alice@example.com;transport=tcp
}

// Snippet writes the request as code for one of Twilio's SDKs or its CLI.
func ExampleSnippet() {
	fmt.Print(calls.Snippet(request, "cli"))
	// Output:
	// # The twilio CLI: https://twil.io/cli (it reads your credentials from its profile or the environment)
	//
	// twilio api:core:calls:create \
	//    --to 'sip:alice@example.sip.twilio.com;transport=tls' \
	//    --from bob \
	//    --url https://example.com/twiml
}
