package com.twilio.rest.api.v2010.account;

import com.twilio.type.Endpoint;
import com.twilio.type.Twiml;
import java.net.URI;

public class Call {
    public String getSid() { return "CA00000000000000000000000000000000"; }

    public static CallCreator creator(Endpoint to, Endpoint from, URI url) { return new CallCreator(); }
    public static CallCreator creator(String pathAccountSid, Endpoint to, Endpoint from, URI url) { return new CallCreator(); }
    public static CallCreator creator(Endpoint to, Endpoint from, Twiml twiml) { return new CallCreator(); }
    public static CallCreator creator(String pathAccountSid, Endpoint to, Endpoint from, Twiml twiml) { return new CallCreator(); }
    public static CallCreator creator(Endpoint to, Endpoint from, String applicationSid) { return new CallCreator(); }
    public static CallCreator creator(String pathAccountSid, Endpoint to, Endpoint from, String applicationSid) { return new CallCreator(); }
}
