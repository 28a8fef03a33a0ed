package com.twilio.type;

public class Twiml {
    private final String twiml;

    public Twiml(String twiml) { this.twiml = twiml; }

    public String toString() { return twiml; }
}
