package dev.frontline.shared;

/** The caller is known but its role does not allow the action (403). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
