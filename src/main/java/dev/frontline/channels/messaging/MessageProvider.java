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
     * Sends a message that may take several provider messages, skipping the parts an earlier attempt got accepted
     * and recording each part accepted now; returns the first part's id. A provider that sends one request per
     * reply needs no more than {@link #send(UUID, OutgoingMessage)}.
     */
    default String send(UUID inboxId, OutgoingMessage message, Parts parts) throws ProviderException {
        return send(inboxId, message);
    }

    /** How far the attempts at one reply got, kept with its outbox row. */
    interface Parts {

        /** Parts the provider already accepted, in the order the provider sends them. */
        int sent();

        /** Records that the provider accepted the next part under this id. */
        void accepted(String providerId);

        /** The id of the first part accepted (the reply's id for receipts); null before any. */
        @Nullable String firstId();

        /** Progress kept only for this one attempt (nothing sent before it). */
        static Parts fresh() {
            return new Parts() {
                private int sent;
                private @Nullable String firstId;

                @Override
                public int sent() {
                    return sent;
                }

                @Override
                public void accepted(String providerId) {
                    sent++;
                    firstId = firstId == null ? providerId : firstId;
                }

                @Override
                public @Nullable String firstId() {
                    return firstId;
                }
            };
        }
    }

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
