package dev.frontline.conversations.internal;

import dev.frontline.conversations.AttachmentStorage;
import dev.frontline.shared.Ids;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Attachments as files under {@code frontline.attachments.directory}, one folder per workspace; an object store replaces it with a {@code @Primary} bean. */
@Component
class LocalDiskAttachmentStorage implements AttachmentStorage {

    private final Path root;

    LocalDiskAttachmentStorage(@Value("${frontline.attachments.directory}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String store(String workspace, byte[] content) {
        String key = workspace + "/" + Ids.newId();
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), "upload", ".part");
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store attachment", e);
        }
        return key;
    }

    @Override
    public Optional<InputStream> open(String key) {
        Path path = resolve(key);
        try {
            return Files.exists(path) ? Optional.of(Files.newInputStream(path)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Attachment key escapes the storage directory");
        }
        return path;
    }
}
