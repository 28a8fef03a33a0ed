package calls

import "strings"

// node writes values as JavaScript does.
var node = syntax{quote: cString.quote, listOpen: "[", listClose: "]", yes: "true", no: "false"}

// writeNode writes c with the twilio Node.js library.
func writeNode(c *call) string {
	var b strings.Builder
	b.WriteString(`// Helper library: https://www.twilio.com/docs/node/install
const twilio = require("twilio"); // Or, for ESM: import twilio from "twilio";

` + credentialsSlash + `const accountSid = process.env.TWILIO_ACCOUNT_SID;
const authToken = process.env.TWILIO_AUTH_TOKEN;
const client = twilio(accountSid, authToken);

` + c.notes("// ", true, true) + `async function createCall() {
  const call = await client`)
	if c.AccountSid != "" {
		b.WriteString(".api.v2010.accounts(" + node.quote(c.AccountSid) + ")")
	}
	b.WriteString(".calls.create({\n")
	for _, a := range c.args {
		b.WriteString("    " + camelCase(a.Key) + ": " + node.value(a) + ",\n")
	}
	b.WriteString(`  });

  console.log(call.sid);
}

createCall();
`)
	return b.String()
}
