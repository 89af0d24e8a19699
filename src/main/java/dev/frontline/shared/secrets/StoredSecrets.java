package dev.frontline.shared.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Encrypts secrets (mailbox passwords, chat identity secrets, TOTP secrets) for storage with AES-256-GCM. The key is
 * {@code frontline.secrets.key} (base64 of 32 bytes); without it, a key generated once into
 * {@code frontline.secrets.key-file} (readable by the owner only). Every node of a cluster needs the same key,
 * so clusters set {@code frontline.secrets.key}. Each value is bound to its context (the owner, such as
 * the inbox or the member, and the purpose), so a stored ciphertext copied to another row does not decrypt there.
 */
@Component
public class StoredSecrets {

    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    /**
     * A cipher per thread: looking one up for every value was a noticeable share of a webhook's CPU (each checks the
     * inbox's signing secret). Every use initialises it with its own key and nonce.
     */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is not available", e);
        }
    });

    private final SecureRandom random = new SecureRandom();
    private final Supplier<SecretKey> key;

    StoredSecrets(@Value("${frontline.secrets.key:}") String configuredKey,
                   @Value("${frontline.secrets.key-file:./data/secret.key}") Path keyFile) {
        // Read or create the key on first use, so an installation without stored secrets writes no key file.
        this.key = SingletonSupplier.of(() -> configuredKey.isBlank() ? fromFile(keyFile) : parse(configuredKey,
                "frontline.secrets.key"));
    }

    /** The sealed form of {@code plaintext}: {@code v1:} and base64 of nonce, ciphertext and tag. */
    public String seal(String plaintext, String context) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a secret", e);
        }
    }

    /** The plaintext of a value {@link #seal sealed} for the same context. */
    public String open(String sealed, String context) {
        if (!sealed.startsWith(VERSION)) {
            throw new UndecryptableSecretException();
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UndecryptableSecretException();
        }
    }

    /** A stored secret that this installation's key does not open; the message never carries the secret. */
    public static class UndecryptableSecretException extends RuntimeException {
        UndecryptableSecretException() {
            super("A stored secret cannot be decrypted with this installation's key "
                    + "(was frontline.secrets.key or the key file changed?); enter it again.");
        }
    }

    private static SecretKey parse(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(source + " must be 32 bytes (base64), not " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private SecretKey fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secrets key file " + file, e);
        }
    }

    /** Writes the key to a private temporary file first and links it in place, so no reader sees half a key. */
    private void create(Path file) throws IOException {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = file.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(parent, ".secret", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : ownerOnly(Files.createTempFile(parent, ".secret", ".tmp"));
        try {
            Files.writeString(temporary, Base64.getEncoder().encodeToString(bytes) + "\n", StandardCharsets.UTF_8);
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException anotherNodeWasFirst) {
            // keep theirs
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path ownerOnly(Path path) {
        var file = path.toFile();
        file.setReadable(false, false);
        file.setWritable(false, false);
        file.setReadable(true, true);
        file.setWritable(true, true);
        return path;
    }
}
