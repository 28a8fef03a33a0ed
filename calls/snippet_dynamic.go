package calls

import "strings"

// The snippets of the dynamically typed SDKs: Node.js, Python, PHP, Ruby.

// writeNode writes the request with the twilio Node.js library.
func writeNode(b *strings.Builder, r Request, args []arg) {
	b.WriteString(`// Helper library: https://www.twilio.com/docs/node/install
const twilio = require("twilio"); // Or, for ESM: import twilio from "twilio";

// Credentials come from the environment (your Account SID and Auth Token are
// on twilio.com/console); http://twil.io/secure says why.
const accountSid = process.env.TWILIO_ACCOUNT_SID;
const authToken = process.env.TWILIO_AUTH_TOKEN;
const client = twilio(accountSid, authToken);

async function createCall() {
  const call = await client` + accountPath(r, ".", qC) + ".calls.create({\n")
	writeArgs(b, args, "    ", ": ", ",\n", ",\n", camel, func(a arg) string { return dynValue(a, qC, "true", "false") })
	b.WriteString(`  });

  console.log(call.sid);
}

createCall();
`)
}

// accountPath returns the account selector for a given AccountSid, the
// SDKs' api.v2010.accounts(sid) joined by dot, or "" without one.
func accountPath(r Request, dot string, q func(string) string) string {
	if r.AccountSid == "" {
		return ""
	}
	return dot + "api" + dot + "v2010" + dot + "accounts(" + q(r.AccountSid) + ")"
}

// writePython writes the request with the twilio Python library.
func writePython(b *strings.Builder, r Request, args []arg) {
	b.WriteString(`# Helper library: https://www.twilio.com/docs/python/install
import os
from twilio.rest import Client

# Credentials come from the environment (your Account SID and Auth Token are
# on twilio.com/console); http://twil.io/secure says why.
account_sid = os.environ["TWILIO_ACCOUNT_SID"]
auth_token = os.environ["TWILIO_AUTH_TOKEN"]
client = Client(account_sid, auth_token)

call = client` + accountPath(r, ".", qC) + ".calls.create(\n")
	name := func(k string) string {
		if k == "From" {
			return "from_" // from is a keyword
		}
		return snake(k)
	}
	writeArgs(b, args, "    ", "=", ",\n", ",\n", name, func(a arg) string { return dynValue(a, qC, "True", "False") })
	b.WriteString(")\n\nprint(call.sid)\n")
}

// writePHP writes the request with the twilio-php library: To and From
// positional, the rest in an options array.
func writePHP(b *strings.Builder, r Request, args []arg) {
	b.WriteString(`<?php

// Helper library: https://www.twilio.com/docs/libraries/php
// (point the path below at your Composer autoload.php)
require_once "/path/to/vendor/autoload.php";

use Twilio\Rest\Client;

// Credentials come from the environment (your Account SID and Auth Token are
// on twilio.com/console); http://twil.io/secure says why.
$sid = getenv("TWILIO_ACCOUNT_SID");
$token = getenv("TWILIO_AUTH_TOKEN");
$twilio = new Client($sid, $token);

$call = $twilio` + accountPath(r, "->", qPHP) + "->calls->create(\n    " +
		qPHP(r.To) + ", // To\n    " + qPHP(r.From) + ", // From\n    [\n")
	writeArgs(b, args[2:], "        ", " => ", ",\n", ",\n", func(k string) string { return qPHP(camel(k)) },
		func(a arg) string { return dynValue(a, qPHP, "true", "false") })
	b.WriteString("    ]\n);\n\nprint $call->sid;\n")
}

// writeRuby writes the request with the twilio-ruby library.
func writeRuby(b *strings.Builder, r Request, args []arg) {
	b.WriteString(`# Helper library: https://www.twilio.com/docs/ruby/install
require 'twilio-ruby'

# Credentials come from the environment (your Account SID and Auth Token are
# on twilio.com/console); http://twil.io/secure says why.
account_sid = ENV['TWILIO_ACCOUNT_SID']
auth_token = ENV['TWILIO_AUTH_TOKEN']
@client = Twilio::REST::Client.new(account_sid, auth_token)

call = @client
       .api
       .v2010
`)
	if r.AccountSid != "" {
		b.WriteString("       .accounts(" + quoteRuby(r.AccountSid) + ")\n")
	}
	b.WriteString("       .calls\n       .create(\n")
	writeArgs(b, args, "         ", ": ", ",\n", "\n", snake, func(a arg) string { return dynValue(a, quoteRuby, "true", "false") })
	b.WriteString("       )\n\nputs call.sid\n")
}
