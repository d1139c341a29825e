package dev.warden.adapter.web.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a request really came from. The socket's peer is the client, unless the peer is one of the
 * configured reverse proxies ({@code AUTH_TRUSTED_PROXIES}: addresses or CIDRs, comma-separated): then
 * {@code X-Forwarded-For} is read from the right, skipping trusted proxies, and the first other address is
 * the client; {@code X-Forwarded-Proto} says whether the client spoke HTTPS. Nobody else's forwarding
 * headers are believed, so a client cannot choose the address its limits are counted under.
 */
@Singleton
public final class TrustedProxies {
    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final String FORWARDED_PROTO = "X-Forwarded-Proto";

    private record Range(byte[] network, int prefix) {
        boolean contains(InetAddress address) {
            var bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (bytes[whole] & mask) == (network[whole] & mask);
        }
    }

    private final List<Range> ranges;

    TrustedProxies(@Value("${auth.trusted-proxies:}") String configured) {
        this.ranges = parse(configured);
    }

    static TrustedProxies of(String configured) {
        return new TrustedProxies(configured);
    }

    /** The client's address, as text (empty when unknown). */
    public String clientAddress(HttpRequest<?> request) {
        var peer = request.getRemoteAddress().getAddress();
        if (peer == null) {
            return "";
        }
        if (!trusted(peer)) {
            return peer.getHostAddress();
        }
        var hops = request.getHeaders().getAll(FORWARDED_FOR).stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::strip)
                .filter(hop -> !hop.isEmpty())
                .toList();
        var client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            var hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                break; // garbage in the chain: the last hop we could read is as far as we can see
            }
            client = hop.get();
            if (!trusted(client)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    /** Whether the client spoke HTTPS: to us directly, or to a trusted proxy that says so. */
    public boolean secure(HttpRequest<?> request) {
        if (request.isSecure()) {
            return true;
        }
        var peer = request.getRemoteAddress().getAddress();
        if (peer == null || !trusted(peer)) {
            return false;
        }
        var proto = request.getHeaders().get(FORWARDED_PROTO);
        return proto != null && proto.split(",")[0].strip().equalsIgnoreCase("https");
    }

    private boolean trusted(InetAddress address) {
        for (var range : ranges) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<InetAddress> literal(String text) {
        var candidate = text.startsWith("[") && text.contains("]") ? text.substring(1, text.indexOf(']')) : text;
        try {
            return Optional.of(InetAddress.ofLiteral(candidate));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<Range> parse(String configured) {
        var ranges = new ArrayList<Range>();
        if (configured == null) {
            return ranges;
        }
        for (var entry : configured.split(",")) {
            var item = entry.strip();
            if (item.isEmpty()) {
                continue;
            }
            int slash = item.indexOf('/');
            var address = literal(slash < 0 ? item : item.substring(0, slash)).orElseThrow(() ->
                    new IllegalArgumentException("AUTH_TRUSTED_PROXIES: '" + item + "' is not an address or CIDR"));
            int bits = address.getAddress().length * 8;
            int prefix;
            try {
                prefix = slash < 0 ? bits : Integer.parseInt(item.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("AUTH_TRUSTED_PROXIES: '" + item + "' has a bad prefix length");
            }
            ranges.add(new Range(address.getAddress(), prefix));
        }
        return List.copyOf(ranges);
    }
}
