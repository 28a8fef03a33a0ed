package calls

import "strings"

// writeJava writes the request with twilio-java's Call.creator: To, From
// and the first instruction source as arguments, the rest as setters.
func writeJava(b *strings.Builder, r Request, args []arg) {
	methods, lists := false, false
	for _, a := range args {
		methods = methods || a.kind == kMethod
		lists = lists || a.kind == kList
	}
	b.WriteString("// Install the Java helper library from twilio.com/docs/java/install\n\nimport java.net.URI;\n")
	if lists {
		b.WriteString("import java.util.Arrays;\n")
	}
	b.WriteString("import com.twilio.Twilio;\n")
	if methods {
		b.WriteString("import com.twilio.http.HttpMethod;\n")
	}
	b.WriteString(`import com.twilio.rest.api.v2010.account.Call;

public class Example {
    // Find your Account SID and Auth Token at twilio.com/console
    // and set the environment variables. See http://twil.io/secure
    public static final String ACCOUNT_SID = System.getenv("TWILIO_ACCOUNT_SID");
    public static final String AUTH_TOKEN = System.getenv("TWILIO_AUTH_TOKEN");

    public static void main(String[] args) {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN);
`)
	// The creator takes the first instruction source; the others are set.
	source := "Url"
	switch {
	case r.Url != "":
	case r.Twiml != "":
		source = "Twiml"
	case r.ApplicationSid != "":
		source = "ApplicationSid"
	default:
		b.WriteString("        // Set a Url, Twiml or ApplicationSid to tell Twilio what to do.\n")
	}
	var setters []string
	for _, a := range args {
		if !typedOK(a) {
			commentSkipped(b, "        ", "//", a)
			continue
		}
		if a.key != "To" && a.key != "From" && a.key != source {
			setters = append(setters, ".set"+a.key+"("+javaValue(a)+")")
		}
	}
	b.WriteString("        Call call = Call.creator(")
	if r.AccountSid != "" {
		b.WriteString(quote(r.AccountSid, dialectJava) + ",\n                            ")
	}
	b.WriteString("new com.twilio.type.PhoneNumber(" + quote(r.To, dialectJava) + "),\n")
	b.WriteString("                            new com.twilio.type.PhoneNumber(" + quote(r.From, dialectJava) + "),\n")
	b.WriteString("                            " + javaValue(arg{key: source, kind: kindOf(source), val: *lookup(source).str(&r)}) + ")\n")
	for _, s := range setters {
		b.WriteString("                        " + s + "\n")
	}
	b.WriteString(`                        .create();

        System.out.println(call.getSid());
    }
}
`)
}

// kindOf returns the kind of a form key.
func kindOf(key string) kind { return lookup(key).kind }

// javaValue returns a's value as an expression of the SDK's type.
func javaValue(a arg) string {
	switch {
	case a.kind == kList:
		q := make([]string, len(a.list))
		for i, v := range a.list {
			q[i] = quote(v, dialectJava)
		}
		return "Arrays.asList(" + strings.Join(q, ", ") + ")"
	case a.kind == kInt, a.kind == kBool:
		return a.val
	case a.key == "Url":
		return "URI.create(" + quote(a.val, dialectJava) + ")"
	case a.key == "Twiml":
		return "new com.twilio.type.Twiml(" + quote(a.val, dialectJava) + ")"
	case a.kind == kMethod:
		switch a.val {
		case "HEAD", "GET", "POST", "PATCH", "PUT", "DELETE":
			return "HttpMethod." + a.val
		}
		return "HttpMethod.forValue(" + quote(a.val, dialectJava) + ")"
	}
	return quote(a.val, dialectJava)
}
