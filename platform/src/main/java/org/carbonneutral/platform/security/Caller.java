package org.carbonneutral.platform.security;

import jakarta.enterprise.context.RequestScoped;
import org.carbonneutral.platform.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the tenant (claim {@code tenant}) every query is scoped to, and the user name recorded as editor
 * or approver. A token without a tenant is refused.
 */
@RequestScoped
public class Caller {

    public static final String TENANT_CLAIM = "tenant";

    private final JsonWebToken jwt;

    public Caller(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    public String tenant() {
        Object claim = jwt.getClaim(TENANT_CLAIM);
        String tenant = claim == null ? null : claim.toString().replace("\"", "");
        if (tenant == null || tenant.isBlank()) {
            throw ProblemException.forbidden("the token carries no 'tenant' claim");
        }
        return tenant;
    }

    public String user() {
        String name = jwt.getName();
        if (name == null || name.isBlank()) {
            throw ProblemException.forbidden("the token names no user (upn, preferred_username or sub)");
        }
        return name;
    }
}
