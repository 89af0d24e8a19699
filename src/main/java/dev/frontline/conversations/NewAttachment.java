package dev.frontline.conversations;

/** An attachment as it arrives, before it is stored. */
public record NewAttachment(String filename, String contentType, byte[] content) {
}
