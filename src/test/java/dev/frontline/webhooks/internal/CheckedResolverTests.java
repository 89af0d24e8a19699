package dev.frontline.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.apache.hc.client5.http.DnsResolver;
import org.junit.jupiter.api.Test;

class CheckedResolverTests {

    /** A DNS server that answers a public address first and the loopback address next (DNS rebinding). */
    private static final class Rebinding implements DnsResolver {

        private final Queue<String> answers = new ArrayDeque<>(List.of("93.184.215.14", "127.0.0.1"));

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return new InetAddress[] {InetAddress.getByName(answers.remove())};
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }

    @Test
    void everyLookupTheConnectionUsesIsCheckedSoARebindingAnswerIsRefused() throws UnknownHostException {
        CheckedResolver resolver = new CheckedResolver(new Rebinding());

        assertThat(resolver.resolve("hooks.example")).extracting(InetAddress::getHostAddress).containsExactly("93.184.215.14");
        assertThatThrownBy(() -> resolver.resolve("hooks.example"))
                .isInstanceOf(CheckedResolver.RefusedDestination.class)
                .hasMessageContaining("127.0.0.1");
    }
}
