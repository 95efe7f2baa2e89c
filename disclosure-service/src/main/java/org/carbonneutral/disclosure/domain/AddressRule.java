package org.carbonneutral.disclosure.domain;

import java.net.InetAddress;
import java.util.Arrays;

/**
 * Which network addresses a webhook may be sent to (server-side request forgery): never a loopback, private, unique
 * local, link-local, unspecified, multicast, broadcast, reserved or carrier-grade NAT address, nor an IPv6 form that
 * embeds one of those IPv4 addresses (IPv4-mapped {@code ::ffff:a.b.c.d}, IPv4-compatible {@code ::a.b.c.d}, NAT64
 * {@code 64:ff9b::a.b.c.d}). Plain Java, applied to the addresses a host name resolves to.
 */
public final class AddressRule {

    private AddressRule() {
    }

    /** Why {@code address} is refused, or null when a webhook may be sent to it. */
    public static String refusal(InetAddress address) {
        return refusal(address.getAddress());
    }

    /** Whether {@code address} is a loopback address (127/8, ::1, or an IPv6 form embedding 127/8). */
    public static boolean isLoopback(InetAddress address) {
        byte[] a = address.getAddress();
        if (isIpv6Loopback(a)) {
            return true;
        }
        byte[] v4 = a.length == 4 ? a : embeddedIpv4(a);
        return v4 != null && (v4[0] & 0xff) == 127;
    }

    /** Why the address of these 4 (IPv4) or 16 (IPv6) bytes is refused, or null when it is allowed. */
    public static String refusal(byte[] a) {
        if (a.length == 4) {
            return ipv4(a);
        }
        if (a.length != 16) {
            throw new IllegalArgumentException("an address has 4 or 16 bytes, not " + a.length);
        }
        byte[] v4 = embeddedIpv4(a);
        if (v4 != null) {
            if (isZero(v4, 0, 4)) {
                return "unspecified address";
            }
            if (!isIpv6Loopback(a)) {
                String embedded = ipv4(v4);
                return embedded == null ? null : "IPv6 form of an IPv4 " + embedded;
            }
        }
        if (isIpv6Loopback(a)) {
            return "loopback address";
        }
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        if (b0 == 0xff) {
            return "multicast address";
        }
        if ((b0 & 0xfe) == 0xfc) {
            return "private (unique local, fc00::/7) address";
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0x80) {
            return "link-local address";
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0xc0) {
            return "site-local address";
        }
        return null;
    }

    private static String ipv4(byte[] a) {
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        if (b0 == 0) {
            return "unspecified address";
        }
        if (b0 == 127) {
            return "loopback address";
        }
        if (b0 == 10 || (b0 == 172 && (b1 & 0xf0) == 16) || (b0 == 192 && b1 == 168)) {
            return "private address";
        }
        if (b0 == 169 && b1 == 254) {
            return "link-local address";
        }
        if (b0 == 100 && (b1 & 0xc0) == 64) {
            return "carrier-grade NAT (100.64.0.0/10) address";
        }
        if (b0 >= 224 && b0 <= 239) {
            return "multicast address";
        }
        if (b0 >= 240) {
            return b0 == 255 && b1 == 255 && (a[2] & 0xff) == 255 && (a[3] & 0xff) == 255 ? "broadcast address"
                    : "reserved address";
        }
        return null;
    }

    /** The IPv4 address an IPv4-mapped, IPv4-compatible or NAT64 IPv6 address carries, else null. */
    private static byte[] embeddedIpv4(byte[] a) {
        if (a.length != 16) {
            return null;
        }
        boolean mapped = isZero(a, 0, 10) && (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff;
        boolean compatible = isZero(a, 0, 12);
        boolean nat64 = (a[0] & 0xff) == 0x00 && (a[1] & 0xff) == 0x64 && (a[2] & 0xff) == 0xff && (a[3] & 0xff) == 0x9b
                && isZero(a, 4, 12);
        return mapped || compatible || nat64 ? Arrays.copyOfRange(a, 12, 16) : null;
    }

    private static boolean isIpv6Loopback(byte[] a) {
        return a.length == 16 && isZero(a, 0, 15) && a[15] == 1;
    }

    private static boolean isZero(byte[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
