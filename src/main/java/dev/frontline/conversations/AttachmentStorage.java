package dev.frontline.conversations;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where attachment bytes live. The local-disk implementation is the default; an object store can
 * replace it by providing another bean.
 */
public interface AttachmentStorage {

    /** Stores the bytes and returns the key to find them again. */
    String store(String workspace, byte[] content);

    Optional<InputStream> open(String key);

    void delete(String key);
}
