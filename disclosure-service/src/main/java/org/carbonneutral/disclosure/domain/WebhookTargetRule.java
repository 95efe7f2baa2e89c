package org.carbonneutral.disclosure.domain;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Whether a URL may receive webhooks: an absolute {@code https} URL without credentials or fragment whose host
 * resolves only to addresses the {@link AddressRule} allows, checked after name resolution (at registration and again
 * before every delivery, so a name that now resolves to an internal address is refused). {@code allowInsecure} (the
 * test profile only) also allows {@code http} and loopback addresses.
 */
public final class WebhookTargetRule {

    public static final int MAX_LENGTH = 2000;

    /** Resolves a host name to its addresses (the system resolver in production). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** The verdict on a URL: the addresses it may be sent to, or why it may not. */
    public record Verdict(URI uri, List<InetAddress> addresses, String refusal) {
        public boolean allowed() {
            return refusal == null;
        }
    }

    private final boolean allowInsecure;
    private final Resolver resolver;

    public WebhookTargetRule(boolean allowInsecure, Resolver resolver) {
        this.allowInsecure = allowInsecure;
        this.resolver = resolver;
    }

    /** The URL's syntax alone (no resolution): why it cannot be a webhook URL, or null. */
    public String syntaxRefusal(String url) {
        return parse(url).refusal();
    }

    public Verdict check(String url) {
        Verdict parsed = parse(url);
        if (!parsed.allowed()) {
            return parsed;
        }
        URI uri = parsed.uri();
        String host = host(uri);
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return refused(uri, "host '" + host + "' does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            return refused(uri, "host '" + host + "' does not resolve");
        }
        for (InetAddress a : addresses) {
            if (allowInsecure && AddressRule.isLoopback(a)) {
                continue;
            }
            String refusal = AddressRule.refusal(a);
            if (refusal != null) {
                return refused(uri, "host '" + host + "' resolves to " + a.getHostAddress() + ", a " + refusal
                        + "; webhooks are sent only to public addresses");
            }
        }
        return new Verdict(uri, List.of(addresses), null);
    }

    private Verdict parse(String url) {
        if (url == null || url.isBlank()) {
            return refused(null, "must be given");
        }
        if (url.length() > MAX_LENGTH) {
            return refused(null, "must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return refused(null, "is not a URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || scheme == null || uri.isOpaque()) {
            return refused(null, "must be an absolute https URL");
        }
        if (!scheme.equals("https") && !(allowInsecure && scheme.equals("http"))) {
            return refused(null, "must use https (not " + scheme + ")");
        }
        if (uri.getRawUserInfo() != null) {
            return refused(null, "must not carry credentials (user:password@)");
        }
        if (uri.getRawFragment() != null) {
            return refused(null, "must not have a fragment (#...)");
        }
        if (host(uri) == null || host(uri).isEmpty()) {
            return refused(null, "must name a host");
        }
        return new Verdict(uri, List.of(), null);
    }

    /** The host, without the brackets of an IPv6 literal. */
    private static String host(URI uri) {
        String host = uri.getHost();
        if (host != null && host.startsWith("[") && host.endsWith("]")) {
            return host.substring(1, host.length() - 1);
        }
        return host;
    }

    private static Verdict refused(URI uri, String reason) {
        return new Verdict(uri, List.of(), reason);
    }
}
