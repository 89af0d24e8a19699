package dev.frontline.shared;

/** An attachment or body over the configured limit (413). */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
