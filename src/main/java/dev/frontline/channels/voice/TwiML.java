package dev.frontline.channels.voice;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * A TwiML document ({@code <Response>} with verbs), the markup Twilio reads, and SignalWire (LaML) and Telnyx
 * (TeXML) read alike. Written with the JDK's XML writer, so text and URLs are always escaped.
 */
final class TwiML {

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;

    private TwiML() {
        try {
            xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Response");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    static TwiML response() {
        return new TwiML();
    }

    TwiML say(String text, String language) {
        return element("Say", text, attributes("language", language));
    }

    TwiML play(String url, int loop) {
        return element("Play", url, attributes("loop", String.valueOf(loop)));
    }

    TwiML redirect(String url) {
        return element("Redirect", url, attributes("method", "POST"));
    }

    TwiML hangup() {
        return element("Hangup", null, Map.of());
    }

    TwiML record(String action, int maxLength, String recordingCallback) {
        return element("Record", null, attributes("action", action, "method", "POST", "maxLength", String.valueOf(maxLength),
                "playBeep", "true", "recordingStatusCallback", recordingCallback,
                "recordingStatusCallbackMethod", "POST"));
    }

    /** {@code <Gather>} around what {@code inside} adds: the caller's key goes to {@code action}. */
    TwiML gather(String action, int timeoutSeconds, java.util.function.Consumer<TwiML> inside) {
        return nest("Gather", attributes("numDigits", "1", "action", action, "method", "POST",
                "timeout", String.valueOf(timeoutSeconds)), inside);
    }

    /** Who a {@code <Conference>} is for, which decides when it starts and whether it ends when they leave. */
    enum Joining {
        /** The caller of an incoming call: waits (hold music) until an agent joins; the conference ends when they leave. */
        CALLER(false, true),
        /**
         * The agent of an outgoing call: the conference starts at once, so they hear the contact's phone ring, and goes
         * on without them while a consulted colleague takes over (the contact's participant ends it).
         */
        CALLING_AGENT(true, false);

        private final boolean starts;
        private final boolean ends;

        Joining(boolean starts, boolean ends) {
            this.starts = starts;
            this.ends = ends;
        }
    }

    /**
     * {@code <Dial>} into the call's own {@code <Conference>}: {@code joining} says when it starts and whether it ends
     * when this party leaves (everyone else is added through the Participants API); until it starts the party hears
     * {@code waitUrl}'s music. The talk is recorded, and start, end, join, leave, mute and hold are reported to
     * {@code statusCallback}.
     */
    TwiML conference(String action, String name, Joining joining, String waitUrl, String recordingCallback,
                     String statusCallback) {
        return nest("Dial", attributes("action", action, "method", "POST"), dial -> dial.element("Conference", name,
                attributes("startConferenceOnEnter", String.valueOf(joining.starts),
                        "endConferenceOnExit", String.valueOf(joining.ends), "beep", "false",
                        "waitUrl", waitUrl, "waitMethod", "GET", "record", "record-from-start",
                        "recordingStatusCallback", recordingCallback, "recordingStatusCallbackMethod", "POST",
                        "statusCallback", statusCallback, "statusCallbackMethod", "POST",
                        "statusCallbackEvent", "start end join leave mute hold")));
    }

    String xml() {
        try {
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private TwiML nest(String name, Map<String, String> attributes, java.util.function.Consumer<TwiML> inside) {
        try {
            xml.writeStartElement(name);
            for (Map.Entry<String, String> attribute : attributes.entrySet()) {
                xml.writeAttribute(attribute.getKey(), attribute.getValue());
            }
            inside.accept(this);
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    private TwiML element(String name, @Nullable String text, Map<String, String> attributes) {
        try {
            if (text == null) {
                xml.writeEmptyElement(name);
            } else {
                xml.writeStartElement(name);
            }
            for (Map.Entry<String, String> attribute : attributes.entrySet()) {
                xml.writeAttribute(attribute.getKey(), attribute.getValue());
            }
            if (text != null) {
                xml.writeCharacters(text);
                xml.writeEndElement();
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    private static Map<String, String> attributes(String... pairs) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            attributes.put(pairs[i], pairs[i + 1]);
        }
        return attributes;
    }
}
