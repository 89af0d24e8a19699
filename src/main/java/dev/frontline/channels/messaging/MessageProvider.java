package dev.frontline.channels.messaging;

import dev.frontline.channels.Channel;
import java.util.UUID;

/** A provider's REST API that sends replies of one channel (Twilio-compatible SMS, WhatsApp Cloud API). */
public interface MessageProvider {

    Channel channel();

    /** Sends the message through the inbox's account and returns the provider's id for it. */
    String send(UUID inboxId, OutgoingMessage message) throws ProviderException;

    /**
     * The provider refused or could not be reached. {@code retryable} for what may pass later (network,
     * 5xx, 429); anything else (a bad number, missing credentials) fails the reply at once.
     */
    class ProviderException extends Exception {

        private final boolean retryable;

        public ProviderException(String message, boolean retryable) {
            super(message);
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }

        /** What an HTTP status of the provider's answer means for trying again. */
        public static ProviderException ofStatus(int status, String detail) {
            return new ProviderException("HTTP " + status + ": " + detail, status == 429 || status >= 500);
        }
    }
}
