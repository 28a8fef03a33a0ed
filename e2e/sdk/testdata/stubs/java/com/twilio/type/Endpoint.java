package com.twilio.type;

public interface Endpoint {
    String getEndpoint();
}
