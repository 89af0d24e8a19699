package dev.frontline.shared;

/** The request clashes with the current state, such as a duplicate unique value (409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
