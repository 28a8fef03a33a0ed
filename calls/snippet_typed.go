package calls

import (
	"strconv"
	"strings"
)

// The snippets of the statically typed SDKs: Go, C#, Java.

// writeGo writes the request with twilio-go: CreateCallParams and its
// setters, gofmt-formatted. Strings are Go literals holding the exact bytes.
func writeGo(b *strings.Builder, r Request, args []arg) {
	b.WriteString(`// Helper library: https://www.twilio.com/docs/go/install
package main

import (
	"fmt"
	"github.com/twilio/twilio-go"
	openapi "github.com/twilio/twilio-go/rest/api/v2010"
	"os"
)

func main() {
	// Credentials come from the environment (your Account SID and Auth Token are
	// on twilio.com/console); http://twil.io/secure says why.
	// NewRestClient reads TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN.
	client := twilio.NewRestClient()

	params := &openapi.CreateCallParams{}
`)
	args = typedArgs(b, args, "\t")
	if r.AccountSid != "" {
		args = append([]arg{{key: "PathAccountSid", val: r.AccountSid}}, args...)
	}
	writeArgs(b, args, "\tparams.Set", "(", ")\n", ")\n", same, func(a arg) string {
		switch a.kind {
		case kList:
			return listLit(a.list, strconv.Quote, "[]string{", "}")
		case kInt, kBool:
			return a.val
		}
		return strconv.Quote(a.val)
	})
	b.WriteString(`
	resp, err := client.Api.CreateCall(params)
	if err != nil {
		fmt.Println(err.Error())
		os.Exit(1)
	}
	if resp.Sid != nil {
		fmt.Println(*resp.Sid)
	}
}
`)
}

// has reports whether some arg has kind k.
func has(args []arg, k kind) bool {
	for _, a := range args {
		if a.kind == k {
			return true
		}
	}
	return false
}

// writeCSharp writes the request with twilio-csharp's
// CallResource.CreateAsync and named arguments of the SDK's types.
func writeCSharp(b *strings.Builder, r Request, args []arg) {
	b.WriteString("// Helper library: https://www.twilio.com/docs/csharp/install\n\nusing System;\n")
	if has(args, kList) {
		b.WriteString("using System.Collections.Generic;\n")
	}
	b.WriteString(`using Twilio;
using Twilio.Rest.Api.V2010.Account;
using System.Threading.Tasks;

class Program {
    public static async Task Main(string[] args) {
        // Credentials come from the environment (your Account SID and Auth Token are
        // on twilio.com/console); http://twil.io/secure says why.
        string accountSid = Environment.GetEnvironmentVariable("TWILIO_ACCOUNT_SID");
        string authToken = Environment.GetEnvironmentVariable("TWILIO_AUTH_TOKEN");

        TwilioClient.Init(accountSid, authToken);

`)
	args = typedArgs(b, args, "        ")
	if r.AccountSid != "" {
		args = append(args, arg{key: "PathAccountSid", val: r.AccountSid})
	}
	b.WriteString("        var call = await CallResource.CreateAsync(\n")
	writeArgs(b, args, "            ", ": ", ",\n", "", camel, csharpValue)
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
		return listLit(a.list, qC, "new List<string> { ", " }")
	case a.kind == kInt, a.kind == kBool:
		return a.val
	case a.key == "To", a.key == "From":
		return "new Twilio.Types.PhoneNumber(" + qC(a.val) + ")"
	case a.key == "Twiml":
		return "new Twilio.Types.Twiml(" + qC(a.val) + ")"
	case a.kind == kURL && a.key != "RecordingStatusCallback":
		return "new Uri(" + qC(a.val) + ")"
	case a.kind == kMethod:
		switch a.val {
		case "GET", "POST", "PATCH", "PUT", "DELETE":
			return "Twilio.Http.HttpMethod." + a.val[:1] + strings.ToLower(a.val[1:])
		}
		return "new Twilio.Http.HttpMethod(" + qC(a.val) + ")"
	}
	return qC(a.val)
}

// writeJava writes the request with twilio-java's Call.creator: the
// AccountSid, To, From and the first instruction source as arguments, the
// rest as setters.
func writeJava(b *strings.Builder, r Request, args []arg) {
	b.WriteString("// Helper library: https://www.twilio.com/docs/java/install\n\nimport java.net.URI;\n")
	if has(args, kList) {
		b.WriteString("import java.util.Arrays;\n")
	}
	b.WriteString("import com.twilio.Twilio;\n")
	if has(args, kMethod) {
		b.WriteString("import com.twilio.http.HttpMethod;\n")
	}
	b.WriteString(`import com.twilio.rest.api.v2010.account.Call;

public class Example {
    // Credentials come from the environment (your Account SID and Auth Token are
    // on twilio.com/console); http://twil.io/secure says why.
    public static final String ACCOUNT_SID = System.getenv("TWILIO_ACCOUNT_SID");
    public static final String AUTH_TOKEN = System.getenv("TWILIO_AUTH_TOKEN");

    public static void main(String[] args) {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN);
`)
	args = typedArgs(b, args, "        ")
	// The creator takes the first instruction source, which follows To and
	// From in args; the other sources are set like the rest.
	rest, src := args[2:], arg{key: "Url", kind: kURL}
	if len(rest) > 0 && (rest[0].key == "Url" || rest[0].key == "Twiml" || rest[0].key == "ApplicationSid") {
		src, rest = rest[0], rest[1:]
	} else {
		b.WriteString("        // Set a Url, Twiml or ApplicationSid to tell Twilio what to do.\n")
	}
	const cont = ",\n                            "
	b.WriteString("        Call call = Call.creator(")
	if r.AccountSid != "" {
		b.WriteString(qJava(r.AccountSid) + cont)
	}
	b.WriteString("new com.twilio.type.PhoneNumber(" + qJava(r.To) + ")" + cont +
		"new com.twilio.type.PhoneNumber(" + qJava(r.From) + ")" + cont + javaValue(src) + ")\n")
	writeArgs(b, rest, "                        .set", "(", ")\n", ")\n", same, javaValue)
	b.WriteString(`                        .create();

        System.out.println(call.getSid());
    }
}
`)
}

// javaValue returns a's value as an expression of the SDK's type.
func javaValue(a arg) string {
	switch {
	case a.kind == kList:
		return listLit(a.list, qJava, "Arrays.asList(", ")")
	case a.kind == kInt, a.kind == kBool:
		return a.val
	case a.key == "Url":
		return "URI.create(" + qJava(a.val) + ")"
	case a.key == "Twiml":
		return "new com.twilio.type.Twiml(" + qJava(a.val) + ")"
	case a.kind == kMethod:
		switch a.val {
		case "HEAD", "GET", "POST", "PATCH", "PUT", "DELETE":
			return "HttpMethod." + a.val
		}
		return "HttpMethod.forValue(" + qJava(a.val) + ")"
	}
	return qJava(a.val)
}
