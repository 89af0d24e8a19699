package dev.frontline.shared;

/** A request parameter that fails validation outside bean validation (400 with a field error). */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(field + " " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
