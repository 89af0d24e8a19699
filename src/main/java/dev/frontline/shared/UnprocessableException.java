package dev.frontline.shared;

/** Well-formed but semantically impossible, such as an illegal status transition (422). */
public class UnprocessableException extends RuntimeException {

    public UnprocessableException(String message) {
        super(message);
    }
}
