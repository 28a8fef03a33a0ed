package calls

import (
	"slices"
	"strings"
)

// csharp writes values as C# does, before the SDK's own types.
var csharp = syntax{quote: cString.quote, listOpen: "new List<string> { ", listClose: " }", yes: "true", no: "false"}

// csharpMethods are the HTTP methods Twilio.Http.HttpMethod names as
// properties; others are built with its constructor.
var csharpMethods = []string{"GET", "POST", "PATCH", "PUT", "DELETE"}

// writeCSharp writes c with the Twilio C# library's CallResource.CreateAsync
// and its named arguments.
func writeCSharp(c *call) string {
	kept, leftOut := c.typed()
	var b strings.Builder
	b.WriteString("// Helper library: https://www.twilio.com/docs/csharp/install\n\nusing System;\n")
	if c.has(List) {
		b.WriteString("using System.Collections.Generic;\n")
	}
	b.WriteString(`using Twilio;
using Twilio.Rest.Api.V2010.Account;
using System.Threading.Tasks;

class Program {
    public static async Task Main(string[] args) {
` + indent("        ", credentialsSlash) + `        string accountSid = Environment.GetEnvironmentVariable("TWILIO_ACCOUNT_SID");
        string authToken = Environment.GetEnvironmentVariable("TWILIO_AUTH_TOKEN");

        TwilioClient.Init(accountSid, authToken);

`)
	b.WriteString(leftOutComments("        ", leftOut) + c.notes("        // ", true, false))
	b.WriteString("        var call = await CallResource.CreateAsync(\n")
	lines := make([]string, len(kept))
	for i, a := range kept {
		lines[i] = "            " + camelCase(a.Key) + ": " + csharpValue(a)
	}
	if c.AccountSid != "" {
		lines = append(lines, "            pathAccountSid: "+csharp.quote(c.AccountSid))
	}
	b.WriteString(strings.Join(lines, ",\n"))
	b.WriteString(`);

        Console.WriteLine(call.Sid);
    }
}
`)
	return b.String()
}

// csharpValue returns a's value as CreateAsync's parameter type takes it:
// a PhoneNumber, Twiml, Uri or HttpMethod where the SDK wants one.
func csharpValue(a arg) string {
	switch {
	case a.Kind == Method && slices.Contains(csharpMethods, a.Value):
		return "Twilio.Http.HttpMethod." + a.Value[:1] + strings.ToLower(a.Value[1:])
	case a.Key == "To", a.Key == "From":
		return "new Twilio.Types.PhoneNumber(" + csharp.quote(a.Value) + ")"
	case a.Key == "Twiml":
		return "new Twilio.Types.Twiml(" + csharp.quote(a.Value) + ")"
	case a.Key == "RecordingStatusCallback": // a string in the SDK, unlike the other URLs
	case a.Kind == URL:
		return "new Uri(" + csharp.quote(a.Value) + ")"
	case a.Kind == Method:
		return "new Twilio.Http.HttpMethod(" + csharp.quote(a.Value) + ")"
	}
	return csharp.value(a)
}
