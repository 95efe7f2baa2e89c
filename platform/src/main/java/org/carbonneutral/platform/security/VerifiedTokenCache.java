package org.carbonneutral.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer tokens this service verified lately, so that a client sending the same token again is not verified again
 * (the RS256 signature check is what a read with a token costs most). A token is remembered at most a minute and never
 * past its own expiry (stricter than the verifier, which allows 30 s of clock skew); at most 4,096 tokens, least
 * recently used out. Only a token that passed the full verification (signature, issuer, audience, expiry) is kept,
 * keyed by its exact text: any other text — forged, altered, expired — goes to the verifier.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements JWTParser {

    static final long KEEP_MILLIS = 60_000;
    static final int MAX_TOKENS = 4_096;

    private record Verified(JsonWebToken token, long until) {
    }

    private final DefaultJWTParser verifier;
    private final Map<String, Verified> verified = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
            return size() > MAX_TOKENS;
        }
    };

    public VerifiedTokenCache(DefaultJWTParser verifier) {
        this.verifier = verifier;
    }

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        long now = System.currentTimeMillis();
        synchronized (verified) {
            Verified known = verified.get(bearerToken);
            if (known != null) {
                if (now < known.until()) {
                    return known.token();
                }
                verified.remove(bearerToken);
            }
        }
        JsonWebToken token = verifier.parse(bearerToken);
        long until = Math.min(now + KEEP_MILLIS, token.getExpirationTime() * 1000L);
        if (until > now) {
            synchronized (verified) {
                verified.put(bearerToken, new Verified(token, until));
            }
        }
        return token;
    }

    @Override
    public JsonWebToken parse(String bearerToken, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(bearerToken, context);
    }

    @Override
    public JsonWebToken verify(String bearerToken, PublicKey key) throws ParseException {
        return verifier.verify(bearerToken, key);
    }

    @Override
    public JsonWebToken verify(String bearerToken, SecretKey key) throws ParseException {
        return verifier.verify(bearerToken, key);
    }

    @Override
    public JsonWebToken verify(String bearerToken, String secret) throws ParseException {
        return verifier.verify(bearerToken, secret);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, PrivateKey key) throws ParseException {
        return verifier.decrypt(bearerToken, key);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, SecretKey key) throws ParseException {
        return verifier.decrypt(bearerToken, key);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, String secret) throws ParseException {
        return verifier.decrypt(bearerToken, secret);
    }

    @Override
    public JsonWebToken parseOnly(String bearerToken) throws ParseException {
        return verifier.parseOnly(bearerToken);
    }
}
