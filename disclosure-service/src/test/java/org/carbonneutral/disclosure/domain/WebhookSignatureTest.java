package org.carbonneutral.disclosure.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Standard Webhooks signing, against the example of the specification. */
class WebhookSignatureTest {

    @Test
    void signsAsTheStandardWebhooksExample() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                        1614265330L, "{\"test\": 2432232314}"));
    }

    @Test
    void oneSignaturePerSecretSpaceSeparated() {
        String a = WebhookSignature.newSecret();
        String b = WebhookSignature.newSecret();
        assertNotEquals(a, b);
        assertTrue(a.startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(a.substring(6)).length);
        String header = WebhookSignature.header(List.of(a, b), "msg_1", 1700000000L, "{}");
        String[] parts = header.split(" ");
        assertEquals(2, parts.length);
        assertEquals(WebhookSignature.sign(a, "msg_1", 1700000000L, "{}"), parts[0]);
        assertEquals(WebhookSignature.sign(b, "msg_1", 1700000000L, "{}"), parts[1]);
    }
}
