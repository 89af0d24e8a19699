package dev.frontline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressTests {

    private final ThrottlePolicy any = new ThrottlePolicy(1, java.time.Duration.ofSeconds(1), 2,
            java.time.Duration.ofMinutes(1), java.time.Duration.ofHours(1));

    private ClientAddress behind(String... proxies) {
        return new ClientAddress(new SignInSettings(any, any, any, List.of(proxies)));
    }

    private static MockHttpServletRequest from(String peer, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(peer);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertThat(behind().of(from("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void aClientConnectingDirectlyCannotChooseItsAddress() {
        assertThat(behind("10.0.0.0/8").of(from("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void behindTrustedProxiesTheRightmostUntrustedHopIsTheClient() {
        ClientAddress address = behind("10.0.0.0/8");

        assertThat(address.of(from("10.0.0.2", "198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(address.of(from("10.0.0.2", "6.6.6.6, 198.51.100.1, 10.0.0.9")))
                .as("what the client wrote itself, left of the first untrusted hop, is ignored").isEqualTo("198.51.100.1");
        assertThat(address.of(from("10.0.0.2", "not-an-address"))).isEqualTo("10.0.0.2");
    }

    @Test
    void ipv6ClientsAreThrottledPerSlash64() {
        assertThat(ClientAddress.throttleKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
                .isEqualTo(ClientAddress.throttleKey("2001:db8:1:2::1"));
        assertThat(ClientAddress.throttleKey("2001:db8:1:3::1")).isNotEqualTo(ClientAddress.throttleKey("2001:db8:1:2::1"));
        assertThat(ClientAddress.throttleKey("192.0.2.1")).isEqualTo("192.0.2.1");
    }
}
