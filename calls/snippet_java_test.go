package calls

import (
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// javaStubs declares the part of twilio-java that the snippets use, with
// the SDK's types, so that javac can check the snippets' syntax, string
// literals (after its \u translation), overloads and argument types.
var javaStubs = map[string]string{
	"com/twilio/Twilio.java":           "package com.twilio;\npublic class Twilio { public static void init(String u, String p) {} }\n",
	"com/twilio/type/PhoneNumber.java": "package com.twilio.type;\npublic class PhoneNumber { public PhoneNumber(String s) {} }\n",
	"com/twilio/type/Twiml.java":       "package com.twilio.type;\npublic class Twiml { public Twiml(String s) {} }\n",
	"com/twilio/http/HttpMethod.java": `package com.twilio.http;
public enum HttpMethod { GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS;
  public static HttpMethod forValue(String v) { return GET; } }
`,
	"com/twilio/rest/api/v2010/account/Call.java": `package com.twilio.rest.api.v2010.account;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;
import java.net.URI;
public class Call {
  public String getSid() { return "CA1"; }
  public static CallCreator creator(PhoneNumber to, PhoneNumber from, URI url) { return new CallCreator(); }
  public static CallCreator creator(String acct, PhoneNumber to, PhoneNumber from, URI url) { return new CallCreator(); }
  public static CallCreator creator(PhoneNumber to, PhoneNumber from, Twiml twiml) { return new CallCreator(); }
  public static CallCreator creator(String acct, PhoneNumber to, PhoneNumber from, Twiml twiml) { return new CallCreator(); }
  public static CallCreator creator(PhoneNumber to, PhoneNumber from, String applicationSid) { return new CallCreator(); }
  public static CallCreator creator(String acct, PhoneNumber to, PhoneNumber from, String applicationSid) { return new CallCreator(); }
}
`,
	"com/twilio/rest/api/v2010/account/CallCreator.java": `package com.twilio.rest.api.v2010.account;
import com.twilio.http.HttpMethod;
import com.twilio.type.Twiml;
import java.net.URI;
import java.util.List;
public class CallCreator {
  public Call create() { return new Call(); }
  public CallCreator setTwiml(Twiml v) { return this; }
  public CallCreator setApplicationSid(String v) { return this; }
  public CallCreator setSipAuthUsername(String v) { return this; }
  public CallCreator setSipAuthPassword(String v) { return this; }
  public CallCreator setCallerId(String v) { return this; }
  public CallCreator setByoc(String v) { return this; }
  public CallCreator setCallReason(String v) { return this; }
  public CallCreator setCallToken(String v) { return this; }
  public CallCreator setMethod(HttpMethod v) { return this; }
  public CallCreator setFallbackUrl(String v) { return this; }
  public CallCreator setFallbackMethod(HttpMethod v) { return this; }
  public CallCreator setStatusCallback(String v) { return this; }
  public CallCreator setStatusCallbackMethod(HttpMethod v) { return this; }
  public CallCreator setStatusCallbackEvent(List<String> v) { return this; }
  public CallCreator setTimeout(Integer v) { return this; }
  public CallCreator setTimeLimit(Integer v) { return this; }
  public CallCreator setSendDigits(String v) { return this; }
  public CallCreator setRecord(Boolean v) { return this; }
  public CallCreator setRecordingChannels(String v) { return this; }
  public CallCreator setRecordingStatusCallback(String v) { return this; }
  public CallCreator setRecordingStatusCallbackMethod(HttpMethod v) { return this; }
  public CallCreator setRecordingStatusCallbackEvent(List<String> v) { return this; }
  public CallCreator setRecordingTrack(String v) { return this; }
  public CallCreator setTrim(String v) { return this; }
  public CallCreator setMachineDetection(String v) { return this; }
  public CallCreator setMachineDetectionTimeout(Integer v) { return this; }
  public CallCreator setMachineDetectionSpeechThreshold(Integer v) { return this; }
  public CallCreator setMachineDetectionSpeechEndThreshold(Integer v) { return this; }
  public CallCreator setMachineDetectionSilenceTimeout(Integer v) { return this; }
  public CallCreator setAsyncAmd(String v) { return this; }
  public CallCreator setAsyncAmdStatusCallback(String v) { return this; }
  public CallCreator setAsyncAmdStatusCallbackMethod(HttpMethod v) { return this; }
}
`,
}

// TestSnippetJavaCompiles compiles every Java snippet against javaStubs
// when the machine has javac (CI does not install a JDK); the hand-written
// literal reader in TestSnippetJavaLiterals runs everywhere.
func TestSnippetJavaCompiles(t *testing.T) {
	if _, err := exec.LookPath("javac"); err != nil {
		t.Log("javac not found: the Java snippets are checked by TestSnippetJavaLiterals only")
		return
	}
	t.Log("javac found: compiling every Java snippet against stubs of twilio-java")
	dir := t.TempDir()
	var files []string
	for path, src := range javaStubs {
		files = append(files, writeFile(t, dir, path, src))
	}
	var snippets []string
	for i, r := range snippetRequests() {
		pkg := "p" + strconv.Itoa(i)
		code := Snippet(r, "java")
		snippets = append(snippets, code)
		files = append(files, writeFile(t, dir, filepath.Join(pkg, "Example.java"), "package "+pkg+";\n"+code))
	}
	cmd := exec.Command("javac", append([]string{"-encoding", "UTF-8", "-d", filepath.Join(dir, "out")}, files...)...)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "javac failed:\n%s\nsnippets:\n%s", out, strings.Join(snippets, "\n----\n"))
}
