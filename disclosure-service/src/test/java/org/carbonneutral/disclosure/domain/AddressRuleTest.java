package org.carbonneutral.disclosure.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server-side request forgery rule: which addresses and URLs webhooks may be sent to. */
class AddressRuleTest {

    /** The literal's bytes as written, IPv6 forms kept as IPv6 (the JDK would turn ::ffff:a.b.c.d into IPv4). */
    private static InetAddress address(String literal) throws UnknownHostException {
        InetAddress parsed = InetAddress.getByName(literal);
        if (literal.contains(":") && parsed.getAddress().length == 4) {
            byte[] v6 = new byte[16];
            v6[10] = (byte) 0xff;
            v6[11] = (byte) 0xff;
            System.arraycopy(parsed.getAddress(), 0, v6, 12, 4);
            return Inet6Address.getByAddress(null, v6, null);
        }
        return parsed;
    }

    @Test
    void refusesEveryInternalIpv4Range() throws Exception {
        Map<String, String> refused = Map.ofEntries(
                Map.entry("127.0.0.1", "loopback"), Map.entry("127.255.1.2", "loopback"),
                Map.entry("10.0.0.1", "private"), Map.entry("10.255.255.255", "private"),
                Map.entry("172.16.0.1", "private"), Map.entry("172.31.255.254", "private"),
                Map.entry("192.168.1.1", "private"), Map.entry("169.254.169.254", "link-local"),
                Map.entry("0.0.0.0", "unspecified"), Map.entry("224.0.0.1", "multicast"),
                Map.entry("239.255.255.250", "multicast"), Map.entry("100.64.0.1", "carrier-grade NAT"),
                Map.entry("100.127.255.254", "carrier-grade NAT"), Map.entry("255.255.255.255", "broadcast"),
                Map.entry("240.0.0.1", "reserved"));
        for (Map.Entry<String, String> e : refused.entrySet()) {
            String reason = AddressRule.refusal(address(e.getKey()));
            assertNotNull(reason, e.getKey());
            assertTrue(reason.contains(e.getValue()), e.getKey() + ": " + reason);
        }
    }

    @Test
    void allowsPublicIpv4IncludingTheNeighboursOfInternalRanges() throws Exception {
        for (String ok : new String[] {"8.8.8.8", "1.1.1.1", "172.15.255.255", "172.32.0.1", "100.63.255.255",
                "100.128.0.1", "192.167.1.1", "169.253.1.1", "11.0.0.1", "223.255.255.254"}) {
            assertNull(AddressRule.refusal(address(ok)), ok);
        }
    }

    @Test
    void refusesInternalIpv6AndIpv6FormsOfInternalIpv4() throws Exception {
        Map<String, String> refused = Map.ofEntries(
                Map.entry("::1", "loopback"), Map.entry("::", "unspecified"),
                Map.entry("fc00::1", "unique local"), Map.entry("fd12:3456:789a::1", "unique local"),
                Map.entry("fe80::1", "link-local"), Map.entry("febf::1", "link-local"),
                Map.entry("ff02::1", "multicast"), Map.entry("fec0::1", "site-local"),
                Map.entry("::ffff:127.0.0.1", "loopback"), Map.entry("::ffff:10.1.2.3", "private"),
                Map.entry("::ffff:169.254.169.254", "link-local"), Map.entry("::ffff:100.64.0.1", "carrier-grade NAT"),
                Map.entry("::ffff:0.0.0.0", "unspecified"), Map.entry("::127.0.0.1", "loopback"),
                Map.entry("::192.168.0.1", "private"), Map.entry("64:ff9b::a00:1", "private"));
        for (Map.Entry<String, String> e : refused.entrySet()) {
            InetAddress a = address(e.getKey());
            assertEquals(16, a.getAddress().length, e.getKey() + " stays IPv6");
            String reason = AddressRule.refusal(a);
            assertNotNull(reason, e.getKey());
            assertTrue(reason.contains(e.getValue()), e.getKey() + ": " + reason);
        }
        assertTrue(AddressRule.refusal(address("::ffff:10.1.2.3")).startsWith("IPv6 form of an IPv4"));
    }

    @Test
    void allowsPublicIpv6AndIpv6FormsOfPublicIpv4() throws Exception {
        for (String ok : new String[] {"2001:4860:4860::8888", "2606:4700:4700::1111", "::ffff:8.8.8.8",
                "64:ff9b::808:808", "fbff::1", "fe00::1"}) {
            InetAddress a = address(ok);
            assertNull(AddressRule.refusal(a), ok);
        }
    }

    private static final WebhookTargetRule.Resolver DNS = host -> switch (host) {
        case "hooks.example.com" -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 215, 14})};
        case "internal.example.com" -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {10, 0, 0, 7})};
        case "mixed.example.com" -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 215, 14}),
                InetAddress.getByAddress(host, new byte[] {(byte) 192, (byte) 168, 0, 1})};
        case "localhost" -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
        default -> {
            if (host.matches("[0-9.]+") || host.contains(":")) {
                yield new InetAddress[] {InetAddress.getByName(host)};
            }
            throw new UnknownHostException(host);
        }
    };

    @Test
    void productionAcceptsOnlyHttpsToPublicAddressesAfterResolution() {
        WebhookTargetRule production = new WebhookTargetRule(false, DNS);
        assertTrue(production.check("https://hooks.example.com/carbon").allowed());
        Map<String, String> refused = Map.ofEntries(
                Map.entry("http://hooks.example.com/carbon", "must use https"),
                Map.entry("https://internal.example.com/x", "10.0.0.7, a private address"),
                Map.entry("https://mixed.example.com/x", "192.168.0.1, a private address"),
                Map.entry("https://127.0.0.1:8443/x", "loopback"),
                Map.entry("https://localhost/x", "loopback"),
                Map.entry("http://127.0.0.1/x", "must use https"),
                Map.entry("https://[::1]/x", "loopback"),
                Map.entry("https://[::ffff:7f00:1]/x", "loopback"),
                Map.entry("https://169.254.169.254/latest/meta-data", "link-local"),
                Map.entry("https://nowhere.example.com/x", "does not resolve"),
                Map.entry("ftp://hooks.example.com/x", "must use https"),
                Map.entry("hooks.example.com/x", "absolute"),
                Map.entry("https://user:pw@hooks.example.com/x", "credentials"),
                Map.entry("https://hooks.example.com/x#frag", "fragment"),
                Map.entry("https://hooks example.com/x", "not a URL"));
        for (Map.Entry<String, String> e : refused.entrySet()) {
            WebhookTargetRule.Verdict v = production.check(e.getKey());
            assertFalse(v.allowed(), e.getKey());
            assertTrue(v.refusal().contains(e.getValue()), e.getKey() + ": " + v.refusal());
        }
    }

    @Test
    void theTestSettingAllowsHttpAndLoopbackOnly() {
        WebhookTargetRule insecure = new WebhookTargetRule(true, DNS);
        assertTrue(insecure.check("http://127.0.0.1:8080/hook").allowed());
        assertTrue(insecure.check("http://localhost:8080/hook").allowed());
        assertTrue(insecure.check("http://[::1]:8080/hook").allowed());
        assertTrue(insecure.check("http://hooks.example.com/hook").allowed());
        assertTrue(insecure.check("http://10.1.1.1/hook").refusal().contains("private"));
        assertTrue(insecure.check("http://169.254.169.254/").refusal().contains("link-local"));
        assertTrue(insecure.check("ftp://127.0.0.1/").refusal().contains("must use https"));
    }

    @Test
    void theDefaultRetryScheduleSpansMoreThanADay() {
        RetrySchedule s = RetrySchedule.DEFAULT;
        Duration total = s.delays().stream().reduce(Duration.ZERO, Duration::plus);
        assertTrue(total.compareTo(Duration.ofHours(24)) > 0, total.toString());
        assertEquals(8, s.attempts());
        assertEquals(Duration.ofSeconds(5), s.after(1).orElseThrow());
        assertEquals(Duration.ofHours(10), s.after(7).orElseThrow());
        assertTrue(s.after(8).isEmpty());
    }
}
