package calls

import "strings"

// writePHP writes the request with the twilio-php library: To and From
// positional, the rest in an options array.
func writePHP(b *strings.Builder, r Request, args []arg) {
	b.WriteString(`<?php

// Update the path below to your autoload.php,
// see https://getcomposer.org/doc/01-basic-usage.md
require_once "/path/to/vendor/autoload.php";

use Twilio\Rest\Client;

// Find your Account SID and Auth Token at twilio.com/console
// and set the environment variables. See http://twil.io/secure
$sid = getenv("TWILIO_ACCOUNT_SID");
$token = getenv("TWILIO_AUTH_TOKEN");
$twilio = new Client($sid, $token);

$call = $twilio`)
	if r.AccountSid != "" {
		b.WriteString("->api->v2010->accounts(" + quote(r.AccountSid, dialectPHP) + ")")
	}
	b.WriteString("->calls->create(\n")
	b.WriteString("    " + quote(r.To, dialectPHP) + ", // To\n")
	b.WriteString("    " + quote(r.From, dialectPHP) + ", // From\n")
	b.WriteString("    [\n")
	for _, a := range args {
		if a.key == "To" || a.key == "From" {
			continue
		}
		b.WriteString("        " + quote(camel(a.key), dialectPHP) + " => ")
		writeDynamic(b, a, dialectPHP, "true", "false")
		b.WriteString(",\n")
	}
	b.WriteString("    ]\n);\n\nprint $call->sid;\n")
}
