package org.carbonneutral.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Signs real JWTs with the test key pair (test-jwt/*.pem), for the services' tests. */
public final class Tokens {

    public static final String ISSUER = "https://carbon-neutrality-suite.local";
    public static final String AUDIENCE = "carbon-neutrality-suite";
    private static PrivateKey key;

    private Tokens() {
    }

    public static String of(String tenant, String user, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE)
                .upn(user)
                .subject(user)
                .groups(Set.of(roles))
                .claim("tenant", tenant)
                .expiresAt(Instant.now().plus(Duration.ofHours(1)))
                .sign(key());
    }

    /** A token with no tenant claim. */
    public static String withoutTenant(String user, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).upn(user).groups(Set.of(roles)).expiresAt(Instant.now().plus(Duration.ofHours(1)))
                .sign(key());
    }

    public static String expired(String tenant, String user, String role) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).upn(user).groups(Set.of(role)).claim("tenant", tenant)
                .issuedAt(Instant.now().minus(Duration.ofHours(2)))
                .expiresAt(Instant.now().minus(Duration.ofHours(1))).sign(key());
    }

    /** A token of the right key and issuer, for another audience (another application of the same provider). */
    public static String forAudience(String audience, String tenant, String user, String... roles) {
        return Jwt.issuer(ISSUER).audience(audience).upn(user).subject(user).groups(Set.of(roles)).claim("tenant", tenant)
                .expiresAt(Instant.now().plus(Duration.ofHours(1))).sign(key());
    }

    /** A token of the right key and audience from another issuer. */
    public static String fromIssuer(String issuer, String tenant, String user, String... roles) {
        return Jwt.issuer(issuer).audience(AUDIENCE).upn(user).subject(user).groups(Set.of(roles)).claim("tenant", tenant)
                .expiresAt(Instant.now().plus(Duration.ofHours(1))).sign(key());
    }

    /** A token that expired {@code ago} ago (the verifier allows a bounded clock skew). */
    public static String expiredSince(Duration ago, String tenant, String user, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).upn(user).subject(user).groups(Set.of(roles)).claim("tenant", tenant)
                .issuedAt(Instant.now().minus(ago).minus(Duration.ofMinutes(10))).expiresAt(Instant.now().minus(ago))
                .sign(key());
    }

    private static synchronized PrivateKey key() {
        if (key == null) {
            try {
                key = KeyUtils.readPrivateKey("test-jwt/privateKey.pem");
            } catch (Exception e) {
                throw new IllegalStateException("test key test-jwt/privateKey.pem not readable", e);
            }
        }
        return key;
    }
}
