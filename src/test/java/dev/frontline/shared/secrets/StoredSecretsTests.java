package dev.frontline.shared.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredSecretsTests {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path directory;

    @Test
    void aSealedSecretOpensOnlyInItsOwnContext() {
        StoredSecrets secrets = new StoredSecrets(KEY, directory.resolve("unused.key"));
        String sealed = secrets.seal("auth-token-1", "inbox:1:sms:authToken");

        assertThat(sealed).startsWith("v1:").doesNotContain("auth-token-1");
        assertThat(secrets.open(sealed, "inbox:1:sms:authToken")).isEqualTo("auth-token-1");
        assertThatThrownBy(() -> secrets.open(sealed, "inbox:2:sms:authToken"))
                .isInstanceOf(StoredSecrets.UndecryptableSecretException.class);
        // The thread's cipher is fine after a refusal: the next value seals and opens as before.
        String other = secrets.seal("auth-token-2", "inbox:2:sms:authToken");
        assertThat(secrets.open(other, "inbox:2:sms:authToken")).isEqualTo("auth-token-2");
        assertThat(secrets.open(sealed, "inbox:1:sms:authToken")).isEqualTo("auth-token-1");
    }

    @Test
    void sealingTheSameSecretTwiceGivesDifferentValues() {
        StoredSecrets secrets = new StoredSecrets(KEY, directory.resolve("unused.key"));
        assertThat(secrets.seal("same", "c")).isNotEqualTo(secrets.seal("same", "c"));
    }

    @Test
    void anotherKeyDoesNotOpenIt() {
        String sealed = new StoredSecrets(KEY, directory.resolve("unused.key")).seal("token", "c");
        StoredSecrets otherInstallation = new StoredSecrets("", directory.resolve("generated.key"));
        assertThatThrownBy(() -> otherInstallation.open(sealed, "c"))
                .isInstanceOf(StoredSecrets.UndecryptableSecretException.class);
        assertThat(directory.resolve("generated.key")).exists();
    }
}
