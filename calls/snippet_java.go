package calls

import (
	"slices"
	"strings"
)

// java writes values as Java does, before the SDK's own types.
var java = syntax{quote: javaString.quote, listOpen: "Arrays.asList(", listClose: ")", yes: "true", no: "false"}

// writeJava writes c with the Twilio Java library: Call.creator with To,
// From and the instruction source, then one setter per other parameter.
func writeJava(c *call) string {
	kept, leftOut := c.typed()
	var b strings.Builder
	b.WriteString("// Helper library: https://www.twilio.com/docs/java/install\n\nimport java.net.URI;\n")
	if c.has(List) {
		b.WriteString("import java.util.Arrays;\n")
	}
	b.WriteString("import com.twilio.Twilio;\n")
	if c.has(Method) {
		b.WriteString("import com.twilio.http.HttpMethod;\n")
	}
	b.WriteString(`import com.twilio.rest.api.v2010.account.Call;

public class Example {
` + indent("    ", credentialsSlash) + `    public static final String ACCOUNT_SID = System.getenv("TWILIO_ACCOUNT_SID");
    public static final String AUTH_TOKEN = System.getenv("TWILIO_AUTH_TOKEN");

    public static void main(String[] args) {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN);
`)
	b.WriteString(leftOutComments("        ", leftOut) + c.notes("        // ", true, false))
	// The creator takes To, From and the instruction source; without a
	// source it is given an empty Url, and a comment says to set one.
	src, hasSrc := c.source()
	rest := kept[2:]
	if hasSrc {
		rest = kept[3:]
	} else {
		src = arg{Key: "Url", Kind: URL}
		b.WriteString("        // Set a Url, Twiml or ApplicationSid to tell Twilio what to do.\n")
	}
	const creatorIndent = "\n                            "
	b.WriteString("        Call call = Call.creator(")
	if c.AccountSid != "" {
		b.WriteString(java.quote(c.AccountSid) + "," + creatorIndent)
	}
	b.WriteString("new com.twilio.type.PhoneNumber(" + java.quote(c.To) + ")," + creatorIndent)
	b.WriteString("new com.twilio.type.PhoneNumber(" + java.quote(c.From) + ")," + creatorIndent)
	b.WriteString(javaValue(src) + ")\n")
	for _, a := range rest {
		b.WriteString("                        .set" + a.Key + "(" + javaValue(a) + ")\n")
	}
	b.WriteString(`                        .create();

        System.out.println(call.getSid());
    }
}
`)
	return b.String()
}

// javaValue returns a's value as the creator and its setters take it: a
// URI for Url, a Twiml, or an HttpMethod where the SDK wants one.
func javaValue(a arg) string {
	switch {
	case a.Kind == Method && slices.Contains(Methods, a.Value):
		return "HttpMethod." + a.Value
	case a.Key == "Url":
		return "URI.create(" + java.quote(a.Value) + ")"
	case a.Key == "Twiml":
		return "new com.twilio.type.Twiml(" + java.quote(a.Value) + ")"
	case a.Kind == Method:
		return "HttpMethod.forValue(" + java.quote(a.Value) + ")"
	}
	return java.value(a)
}
