package dev.frontline.webhooks;

import dev.frontline.shared.UnprocessableException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Refuses webhook URLs that point into our own network (loopback, private, link-local, carrier-grade
 * NAT, unique-local IPv6, multicast, unspecified) unless the workspace allows it: otherwise a webhook
 * is a way to make the server call its own neighbours (SSRF). Checked when a webhook is saved and
 * again before every delivery, since DNS answers can change.
 */
public final class DestinationPolicy {

    private DestinationPolicy() {
    }

    public static URI check(String url, boolean allowPrivateNetwork) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new UnprocessableException("The webhook URL is not a valid URL.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new UnprocessableException("The webhook URL must be an absolute http or https URL.");
        }
        if (uri.getUserInfo() != null) {
            throw new UnprocessableException("The webhook URL must not contain credentials.");
        }
        if (allowPrivateNetwork) {
            return uri;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (isInternal(address)) {
                    throw new UnprocessableException("The webhook URL points to a private or local address ("
                            + address.getHostAddress() + "); an admin can allow private networks in the webhook settings.");
                }
            }
        } catch (UnknownHostException e) {
            throw new UnprocessableException("The webhook host " + uri.getHost() + " cannot be resolved.");
        }
        return uri;
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 169 && second == 254)
                || first >= 240;
    }
}
