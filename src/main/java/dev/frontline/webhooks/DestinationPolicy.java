package dev.frontline.webhooks;

import dev.frontline.shared.UnprocessableException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Refuses webhook URLs that point into our own network (loopback, private, link-local, carrier-grade
 * NAT, unique-local IPv6, multicast, unspecified, and IPv6 forms that carry such an IPv4 address: NAT64,
 * 6to4, Teredo, IPv4-compatible) unless the workspace allows it: otherwise a webhook is a way to make the
 * server call its own neighbours (SSRF). Checked when a webhook is saved, for the admin's feedback, and on
 * every delivery by the resolver of the client that connects ({@link #refuseInternal}), so the address
 * checked is the address connected to: no second DNS answer in between (DNS rebinding).
 */
public final class DestinationPolicy {

    private DestinationPolicy() {
    }

    public static URI check(String url, boolean allowPrivateNetwork) {
        URI uri = parse(url);
        if (allowPrivateNetwork) {
            return uri;
        }
        try {
            refuseInternal(InetAddress.getAllByName(uri.getHost()));
        } catch (UnknownHostException e) {
            throw new UnprocessableException("The webhook host " + uri.getHost() + " cannot be resolved.");
        }
        return uri;
    }

    /** The URL's shape only (absolute http or https, no credentials), without resolving its host. */
    public static URI parse(String url) {
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
        return uri;
    }

    /** Fails if any of the addresses a host resolved to is internal. */
    public static void refuseInternal(InetAddress[] addresses) {
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                throw new UnprocessableException("The webhook URL points to a private or local address ("
                        + address.getHostAddress() + "); an admin can allow private networks in the webhook settings.");
            }
        }
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return isInternalV6(bytes);
        }
        return isInternalV4(bytes);
    }

    private static boolean isInternalV4(byte[] bytes) {
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 || first == 10 || first == 127 || (first == 172 && second >= 16 && second < 32)
                || (first == 192 && second == 168) || (first == 100 && second >= 64 && second < 128)
                || (first == 169 && second == 254) || first >= 224;
    }

    /**
     * Unique-local (fc00::/7), and the IPv6 forms a router or relay turns into an IPv4 address: NAT64 with the
     * well-known prefix (64:ff9b::/96), which our network's NAT64 gateway would carry to that IPv4 address, and
     * the local-use NAT64 prefix (64:ff9b:1::/48), which only exists inside a network; 6to4 (2002::/16, the IPv4
     * address in bytes 2 to 5); Teredo (2001::/32: the server's IPv4 in bytes 4 to 7, the client's inverted in
     * bytes 12 to 15); IPv4-compatible (::a.b.c.d). (IPv4-mapped addresses already arrive as IPv4.)
     */
    private static boolean isInternalV6(byte[] bytes) {
        if ((bytes[0] & 0xfe) == 0xfc) {
            return true;
        }
        if (startsWith(bytes, 0x00, 0x64, 0xff, 0x9b, 0x00, 0x01)) {
            return true;
        }
        if (startsWith(bytes, 0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0) || startsWith(bytes, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)) {
            return isInternalV4(slice(bytes, 12, false));
        }
        if (startsWith(bytes, 0x20, 0x02)) {
            return isInternalV4(slice(bytes, 2, false));
        }
        if (startsWith(bytes, 0x20, 0x01, 0x00, 0x00)) {
            return isInternalV4(slice(bytes, 4, false)) || isInternalV4(slice(bytes, 12, true));
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] bytes, int from, boolean inverted) {
        byte[] v4 = new byte[4];
        for (int i = 0; i < 4; i++) {
            v4[i] = (byte) (inverted ? ~bytes[from + i] : bytes[from + i]);
        }
        return v4;
    }
}
