package calls

import "strings"

// writePython writes the request with the twilio Python library.
func writePython(b *strings.Builder, r Request, args []arg) {
	b.WriteString(`# Download the helper library from https://www.twilio.com/docs/python/install
import os
from twilio.rest import Client

# Find your Account SID and Auth Token at twilio.com/console
# and set the environment variables. See http://twil.io/secure
account_sid = os.environ["TWILIO_ACCOUNT_SID"]
auth_token = os.environ["TWILIO_AUTH_TOKEN"]
client = Client(account_sid, auth_token)

call = client`)
	if r.AccountSid != "" {
		b.WriteString(".api.v2010.accounts(" + quote(r.AccountSid, dialectC) + ")")
	}
	b.WriteString(".calls.create(\n")
	for _, a := range args {
		name := separated(a.key, '_')
		if name == "from" {
			name = "from_"
		}
		b.WriteString("    " + name + "=")
		writeDynamic(b, a, dialectC, "True", "False")
		b.WriteString(",\n")
	}
	b.WriteString(")\n\nprint(call.sid)\n")
}
