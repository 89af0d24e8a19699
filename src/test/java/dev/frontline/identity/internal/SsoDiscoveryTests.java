package dev.frontline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontline.shared.Role;
import dev.frontline.shared.UnprocessableException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The issuer scheme rule and the role a claim gives, without a provider. */
class SsoDiscoveryTests {

    @Test
    void issuersMustBeHttpsUnlessTheInstallationAllowsHttp() {
        SsoDiscovery strict = new SsoDiscovery(new SsoSettings(true, Duration.ofMinutes(10), null));
        assertThatThrownBy(() -> strict.requireAllowedScheme("http://idp.example")).isInstanceOf(UnprocessableException.class);
        assertThatThrownBy(() -> strict.test("http://idp.example")).isInstanceOf(UnprocessableException.class)
                .hasMessageContaining("https");
        assertThatThrownBy(() -> strict.requireAllowedScheme("ftp://idp.example")).isInstanceOf(UnprocessableException.class);
        assertThatCode(() -> strict.requireAllowedScheme("https://idp.example")).doesNotThrowAnyException();

        SsoDiscovery relaxed = new SsoDiscovery(new SsoSettings(false, Duration.ofMinutes(10), null));
        assertThatCode(() -> relaxed.requireAllowedScheme("http://localhost:8080")).doesNotThrowAnyException();
        assertThatThrownBy(() -> relaxed.requireAllowedScheme("file:///etc/passwd")).isInstanceOf(UnprocessableException.class);
    }

    @Test
    void theHighestMappedRoleWinsAndTheDefaultAppliesOtherwise() {
        var mapping = Map.of("agents", Role.AGENT, "admins", Role.ADMIN);
        assertThat(RoleClaim.roleOf(List.of("agents", "admins"), mapping,
                Role.SUPERVISOR)).isEqualTo(Role.ADMIN);
        assertThat(RoleClaim.roleOf("agents", mapping, Role.SUPERVISOR))
                .as("a single value").isEqualTo(Role.AGENT);
        assertThat(RoleClaim.roleOf(null, mapping, Role.SUPERVISOR))
                .isEqualTo(Role.SUPERVISOR);
    }
}
