package org.carbonneutral.disclosure.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import org.carbonneutral.platform.testing.OpenApiDocumentChecks;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document served at /q/openapi is one a front-end can generate a client from: stable camelCase operation
 * ids, every path parameter declared, every error answer the Problem schema, typed bodies, request examples, the bearer
 * scheme exactly on the protected operations (each protected GET answering 401 without a token).
 */
@QuarkusTest
class OpenApiDocumentTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void theDocumentIsOneAClientCanBeGeneratedFrom() throws Exception {
        OpenApiDocumentChecks document = OpenApiDocumentChecks.of(base);
        document.assertAll(List.of("openDeclaration", "getDeclaration", "listDeclarations", "getDeclarationTrail", "enterProfile", "enterClaimVerification", "getPublishedDeclaration", "listPublishedDeclarations", "getPublishedDeclarationPage", "getTenantPage", "getTenantFeed", "listRules"));
        assertEquals("Apache-2.0", document.document().path("info").path("license").path("name").asText());
        assertEquals(1, document.document().path("servers").size());
    }
}
