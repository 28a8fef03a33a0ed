// A stub of twilio-java's API as the Java snippets use it, for javac: the
// signatures follow twilio-java's sources (Twilio, type.Endpoint,
// type.PhoneNumber, type.Twiml, http.HttpMethod, Call.creator and
// CallCreator's setters); the bodies do nothing.
package com.twilio;

public class Twilio {
    public static void init(String username, String password) {}
}
