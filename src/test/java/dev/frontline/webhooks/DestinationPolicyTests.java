package dev.frontline.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontline.shared.UnprocessableException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DestinationPolicyTests {

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.1.2.3/hook",
            "http://192.168.0.10/hook", "http://172.16.5.4/hook", "http://169.254.169.254/latest/meta-data",
            "http://[::1]/hook", "http://[fd00::1]/hook", "http://0.0.0.0/hook", "http://100.64.0.1/hook"})
    void internalAddressesAreRefusedByDefault(String url) {
        assertThatThrownBy(() -> DestinationPolicy.check(url, false))
                .isInstanceOf(UnprocessableException.class)
                .hasMessageContaining("private or local");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://[64:ff9b::7f00:1]/hook", // NAT64 of 127.0.0.1
            "http://[64:ff9b::a9fe:a9fe]/latest/meta-data", // NAT64 of 169.254.169.254
            "http://[64:ff9b:1::5db8:d70e]/hook", // local-use NAT64 prefix, only inside a network
            "http://[2002:7f00:1::]/hook", // 6to4 of 127.0.0.1
            "http://[2002:c0a8:0001::1]/hook", // 6to4 of 192.168.0.1
            "http://[2001:0:5db8:d70e::80ff:fffe]/hook", // Teredo whose client is 127.0.0.1 (inverted)
            "http://[2001:0:0a00:0001::1]/hook", // Teredo whose server is 10.0.0.1
            "http://[::7f00:1]/hook", // IPv4-compatible 127.0.0.1
            "http://[::ffff:127.0.0.1]/hook", "http://[::ffff:a9fe:a9fe]/hook"})
    void ipv6FormsOfInternalIpv4AddressesAreRefused(String url) {
        assertThatThrownBy(() -> DestinationPolicy.check(url, false))
                .isInstanceOf(UnprocessableException.class)
                .hasMessageContaining("private or local");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://[64:ff9b::5db8:d70e]/hook", "http://[2002:5db8:d70e::1]/hook",
            "http://[2606:4700:4700::1111]/hook"})
    void ipv6FormsOfPublicAddressesAreAllowed(String url) {
        assertThat(DestinationPolicy.check(url, false)).hasToString(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://10.1.2.3/hook"})
    void anAdminCanAllowPrivateNetworks(String url) {
        assertThat(DestinationPolicy.check(url, true)).hasToString(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.215.14/hook", "https://8.8.8.8/hook"})
    void publicAddressesAreAllowed(String url) {
        assertThat(DestinationPolicy.check(url, false)).hasToString(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/x", "file:///etc/passwd", "not a url", "/relative/path",
            "http://user:secret@93.184.215.14/"})
    void onlyAbsoluteHttpUrlsWithoutCredentialsAreAccepted(String url) {
        assertThatThrownBy(() -> DestinationPolicy.check(url, true)).isInstanceOf(UnprocessableException.class);
    }
}
