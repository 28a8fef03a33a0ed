package calls

import "strings"

// python writes values as Python does.
var python = syntax{quote: cString.quote, listOpen: "[", listClose: "]", yes: "True", no: "False"}

// writePython writes c with the twilio Python library.
func writePython(c *call) string {
	var b strings.Builder
	b.WriteString(`# Helper library: https://www.twilio.com/docs/python/install
import os
from twilio.rest import Client

` + credentialsHash + `account_sid = os.environ["TWILIO_ACCOUNT_SID"]
auth_token = os.environ["TWILIO_AUTH_TOKEN"]
client = Client(account_sid, auth_token)

` + c.notes("# ", true, true) + pythonRecordNote(c) + `call = client`)
	if c.AccountSid != "" {
		b.WriteString(".api.v2010.accounts(" + python.quote(c.AccountSid) + ")")
	}
	b.WriteString(".calls.create(\n")
	for _, a := range c.args {
		b.WriteString("    " + pythonName(a.Key) + "=" + python.value(a) + ",\n")
	}
	b.WriteString(`)

print(call.sid)
`)
	return b.String()
}

// pythonRecordNote returns a comment when Record is true or false: the
// Debian package python3-twilio 7.7.1, which the SDK checks run, sends the
// Python bool as str() writes it.
func pythonRecordNote(c *call) string {
	if c.Record != "true" && c.Record != "false" {
		return ""
	}
	return "# python3-twilio 7.x sends record=" + python.value(arg{Kind: Bool, Value: c.Record}) +
		" as Record=" + python.value(arg{Kind: Bool, Value: c.Record}) + " (str of the Python bool).\n"
}

// pythonName returns a form key as the Python library's keyword argument:
// snake case, with from_ for From (from is a keyword).
func pythonName(key string) string {
	if key == "From" {
		return "from_"
	}
	return separated(key, '_')
}
