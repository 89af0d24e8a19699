package dev.frontline.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The address a request came from. {@code X-Forwarded-For} is believed only when the connection comes from a
 * proxy listed in {@code frontline.sign-in.trusted-proxies} (addresses or CIDR ranges); the header is read
 * from the right, skipping trusted proxies, so a client cannot choose its address by sending the header
 * itself. Without trusted proxies the header is ignored.
 */
@Component
public class ClientAddress {

    private final List<IpAddressMatcher> trustedProxies;

    ClientAddress(SignInSettings settings) {
        this.trustedProxies = settings.trustedProxies().stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(IpAddressMatcher::new).toList();
    }

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>(Arrays.stream(forwarded.split(",")).map(String::strip)
                .filter(hop -> !hop.isEmpty()).toList());
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!isAddress(hop)) {
                return peer;
            }
            if (i == 0 || !trusted(hop)) {
                return hop;
            }
        }
        return peer;
    }

    /**
     * The throttling key of an address: IPv6 clients usually hold a whole /64, so they are counted per /64;
     * IPv4 per address.
     */
    static String throttleKey(String address) {
        InetAddress parsed = literal(address);
        if (parsed instanceof Inet6Address) {
            byte[] bytes = parsed.getAddress();
            Arrays.fill(bytes, 8, 16, (byte) 0);
            try {
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            } catch (UnknownHostException impossible) {
                return address;
            }
        }
        return parsed == null ? address : parsed.getHostAddress();
    }

    private boolean trusted(String address) {
        return isAddress(address) && trustedProxies.stream().anyMatch(proxy -> proxy.matches(address));
    }

    private static boolean isAddress(String candidate) {
        return literal(candidate) != null;
    }

    /** The address written in {@code candidate}, never looked up by name (only IP literals are parsed). */
    private static @Nullable InetAddress literal(String candidate) {
        boolean ipv4 = candidate.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = candidate.contains(":") && candidate.matches("[0-9a-fA-F:.]+");
        if (!ipv4 && !ipv6) {
            return null;
        }
        try {
            return InetAddress.getByName(candidate);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
