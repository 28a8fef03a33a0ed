package calls

import "strings"

// writeNode writes the request with the twilio Node.js library.
func writeNode(b *strings.Builder, r Request, args []arg) {
	b.WriteString(`// Download the helper library from https://www.twilio.com/docs/node/install
const twilio = require("twilio"); // Or, for ESM: import twilio from "twilio";

// Find your Account SID and Auth Token at twilio.com/console
// and set the environment variables. See http://twil.io/secure
const accountSid = process.env.TWILIO_ACCOUNT_SID;
const authToken = process.env.TWILIO_AUTH_TOKEN;
const client = twilio(accountSid, authToken);

async function createCall() {
  const call = await client`)
	if r.AccountSid != "" {
		b.WriteString(".api.v2010.accounts(" + quote(r.AccountSid, dialectC) + ")")
	}
	b.WriteString(".calls.create({\n")
	for _, a := range args {
		b.WriteString("    " + camel(a.key) + ": ")
		writeDynamic(b, a, dialectC, "true", "false")
		b.WriteString(",\n")
	}
	b.WriteString(`  });

  console.log(call.sid);
}

createCall();
`)
}

// writeDynamic writes a's value for a dynamically typed language: a list
// in brackets, a whole number or boolean bare, anything else quoted.
func writeDynamic(b *strings.Builder, a arg, dialect int, t, f string) {
	switch {
	case a.kind == kList:
		b.WriteByte('[')
		for i, v := range a.list {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(quote(v, dialect))
		}
		b.WriteByte(']')
	case a.kind == kInt && isInt(a.val):
		b.WriteString(a.val)
	case a.kind == kBool && a.val == "true":
		b.WriteString(t)
	case a.kind == kBool && a.val == "false":
		b.WriteString(f)
	default:
		b.WriteString(quote(a.val, dialect))
	}
}
