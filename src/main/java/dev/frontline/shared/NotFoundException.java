package dev.frontline.shared;

/** The thing does not exist, or exists in another workspace: both answer 404 so ids leak nothing. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found.");
    }
}
