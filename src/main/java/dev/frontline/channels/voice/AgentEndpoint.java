package dev.frontline.channels.voice;

/** Where an agent takes calls: a phone number in E.164, or the identity of a client of the provider's voice SDK. */
record AgentEndpoint(Kind kind, String address) {

    enum Kind { PHONE, CLIENT }

    /** The {@code To} that rings it: the number, or {@code client:<identity>}. */
    String to() {
        return kind == Kind.PHONE ? address : "client:" + address;
    }
}
