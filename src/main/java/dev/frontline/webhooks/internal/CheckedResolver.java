package dev.frontline.webhooks.internal;

import dev.frontline.shared.UnprocessableException;
import dev.frontline.webhooks.DestinationPolicy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * The resolver of the webhook client for workspaces that do not allow private networks: the host is resolved
 * once per connection, here, and the connection goes to exactly the addresses checked here. A check before the
 * request and a second lookup by the client would leave a window for a DNS answer that changes in between.
 */
final class CheckedResolver implements DnsResolver {

    /** Refused by the destination policy; the delivery fails at once instead of being retried. */
    static final class RefusedDestination extends UnknownHostException {

        RefusedDestination(String message) {
            super(message);
        }
    }

    private final DnsResolver system;

    CheckedResolver(DnsResolver system) {
        this.system = system;
    }

    CheckedResolver() {
        this(SystemDefaultDnsResolver.INSTANCE);
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = system.resolve(host);
        try {
            DestinationPolicy.refuseInternal(addresses);
        } catch (UnprocessableException refused) {
            throw new RefusedDestination(refused.getMessage());
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return system.resolveCanonicalHostname(host);
    }
}
