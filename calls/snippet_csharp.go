package calls

import "strings"

// writeCSharp writes the request with twilio-csharp's
// CallResource.CreateAsync and named arguments of the SDK's types.
func writeCSharp(b *strings.Builder, r Request, args []arg) {
	lists := r.StatusCallbackEvent != nil || r.RecordingStatusCallbackEvent != nil
	b.WriteString("// Install the C# / .NET helper library from twilio.com/docs/csharp/install\n\nusing System;\n")
	if lists {
		b.WriteString("using System.Collections.Generic;\n")
	}
	b.WriteString(`using Twilio;
using Twilio.Rest.Api.V2010.Account;
using System.Threading.Tasks;

class Program {
    public static async Task Main(string[] args) {
        // Find your Account SID and Auth Token at twilio.com/console
        // and set the environment variables. See http://twil.io/secure
        string accountSid = Environment.GetEnvironmentVariable("TWILIO_ACCOUNT_SID");
        string authToken = Environment.GetEnvironmentVariable("TWILIO_AUTH_TOKEN");

        TwilioClient.Init(accountSid, authToken);

`)
	var named []string
	for _, a := range args {
		if !typedOK(a) {
			commentSkipped(b, "        ", "//", a)
			continue
		}
		named = append(named, camel(a.key)+": "+csharpValue(a))
	}
	if r.AccountSid != "" {
		named = append(named, "pathAccountSid: "+quote(r.AccountSid, dialectC))
	}
	b.WriteString("        var call = await CallResource.CreateAsync(\n            ")
	b.WriteString(strings.Join(named, ",\n            "))
	b.WriteString(`);

        Console.WriteLine(call.Sid);
    }
}
`)
}

// csharpValue returns a's value as an expression of the SDK's type.
func csharpValue(a arg) string {
	switch {
	case a.kind == kList:
		q := make([]string, len(a.list))
		for i, v := range a.list {
			q[i] = quote(v, dialectC)
		}
		return "new List<string> { " + strings.Join(q, ", ") + " }"
	case a.kind == kInt, a.kind == kBool:
		return a.val
	case a.key == "To", a.key == "From":
		return "new Twilio.Types.PhoneNumber(" + quote(a.val, dialectC) + ")"
	case a.key == "Twiml":
		return "new Twilio.Types.Twiml(" + quote(a.val, dialectC) + ")"
	case a.kind == kURL && a.key != "RecordingStatusCallback":
		return "new Uri(" + quote(a.val, dialectC) + ")"
	case a.kind == kMethod:
		switch a.val {
		case "GET", "POST", "PATCH", "PUT", "DELETE":
			return "Twilio.Http.HttpMethod." + a.val[:1] + strings.ToLower(a.val[1:])
		}
		return "new Twilio.Http.HttpMethod(" + quote(a.val, dialectC) + ")"
	}
	return quote(a.val, dialectC)
}
