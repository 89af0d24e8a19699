package dev.frontline.channels.messaging;

import dev.frontline.channels.Channel;
import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A provider's REST API that sends replies of one channel (Twilio-compatible SMS, WhatsApp Cloud API). */
public interface MessageProvider {

    Channel channel();

    /** Sends the message through the inbox's account and returns the provider's id for it. */
    String send(UUID inboxId, OutgoingMessage message) throws ProviderException;

    /**
     * The provider refused or could not be reached. {@code retryable} for what may pass later (network,
     * 5xx, 429, a rate limit); anything else (a bad number, missing credentials) fails the reply at once.
     * {@code retryAfter} is how long the provider asked us to wait (its {@code Retry-After}), if it said.
     */
    class ProviderException extends Exception {

        private final boolean retryable;
        private final @Nullable Duration retryAfter;

        public ProviderException(String message, boolean retryable) {
            this(message, retryable, null);
        }

        public ProviderException(String message, boolean retryable, @Nullable Duration retryAfter) {
            super(message);
            this.retryable = retryable;
            this.retryAfter = retryAfter;
        }

        public boolean retryable() {
            return retryable;
        }

        public @Nullable Duration retryAfter() {
            return retryAfter;
        }

        /** What an HTTP status of the provider's answer means for trying again. */
        public static ProviderException ofStatus(int status, String detail) {
            return ofStatus(status, detail, null);
        }

        public static ProviderException ofStatus(int status, String detail, @Nullable Duration retryAfter) {
            return new ProviderException("HTTP " + status + ": " + detail, status == 429 || status >= 500, retryAfter);
        }
    }
}
