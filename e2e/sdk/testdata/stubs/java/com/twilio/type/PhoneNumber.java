package com.twilio.type;

public class PhoneNumber implements Endpoint {
    private final String number;

    public PhoneNumber(String number) { this.number = number; }

    public String getEndpoint() { return number; }
}
