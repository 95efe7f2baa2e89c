package org.carbonneutral.inventory.rest;

import static io.restassured.RestAssured.given;
import static org.carbonneutral.inventory.rest.InventoryResourceTest.APPROVER;
import static org.carbonneutral.inventory.rest.InventoryResourceTest.PREPARER;
import static org.carbonneutral.inventory.rest.InventoryResourceTest.SCOPES_1_AND_2;
import static org.carbonneutral.inventory.rest.InventoryResourceTest.VIEWER;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.carbonneutral.contracts.SubjectType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OWASP API3 (2023), mass assignment: what the suite decides — tenant, revision, status, who approved and when — cannot
 * be set through a body. Such a property is a 400 naming it, and nothing changes.
 */
@QuarkusTest
class MassAssignmentTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"tenant\":\"globex\"", "\"revision\":41", "\"status\":\"APPROVED\"",
            "\"approval\":{\"revision\":1,\"approvedBy\":\"ann@acme.example\"}", "\"declarationId\":\"%s\""})
    void aBodyCannotSetWhatTheSuiteDecides(String property) {
        UUID id = InventoryResourceTest.open(SubjectType.ORGANISATION, "Acme Taiwan");
        String field = property.substring(1, property.indexOf('"', 1));
        String body = "{" + property.formatted(UUID.randomUUID()) + "," + SCOPES_1_AND_2.substring(1);
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/inventories/{id}", id).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains(field));
        given().auth().oauth2(VIEWER).get("/api/inventories/{id}", id).then().statusCode(200)
                .body("revision", equalTo(0)).body("status", equalTo("DRAFT"));
    }

    @Test
    void anApprovalCannotNameItsApprover() {
        UUID id = InventoryResourceTest.open(SubjectType.ORGANISATION, "Acme Taiwan");
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(SCOPES_1_AND_2)
                .put("/api/inventories/{id}", id).then().statusCode(200);
        given().auth().oauth2(PREPARER).post("/api/inventories/{id}/submission", id).then().statusCode(200);
        for (String extra : new String[] {"\"approvedBy\":\"ann@acme.example\"", "\"approvedAt\":\"2025-01-01T00:00:00Z\"",
                "\"tenant\":\"globex\""}) {
            String name = extra.substring(1, extra.indexOf('"', 1));
            given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"revision\":1," + extra + "}")
                    .post("/api/inventories/{id}/approval", id).then().statusCode(400)
                    .body("violations.field", contains(name));
        }
        given().auth().oauth2(VIEWER).get("/api/inventories/{id}", id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("approval", nullValue());
        // the approver is the token's user, whatever the body says
        given().auth().oauth2(APPROVER).contentType(ContentType.JSON).body("{\"revision\":1}")
                .post("/api/inventories/{id}/approval", id).then().statusCode(200)
                .body("approval.approvedBy", equalTo("ann@acme.example"));
    }

    @Test
    void aRoleIsNotGainedByAskingForIt() {
        UUID id = InventoryResourceTest.open(SubjectType.ORGANISATION, "Acme Taiwan");
        // a viewer cannot write, a preparer cannot approve, a role the suite does not know grants nothing
        String viewer = InventoryResourceTest.VIEWER;
        given().auth().oauth2(viewer).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(SCOPES_1_AND_2)
                .put("/api/inventories/{id}", id).then().statusCode(403);
        given().auth().oauth2(PREPARER).contentType(ContentType.JSON).body("{\"revision\":0}")
                .post("/api/inventories/{id}/approval", id).then().statusCode(403);
        String admin = org.carbonneutral.platform.testing.Tokens.of("acme", "mal@acme.example", "admin", "root",
                "superuser");
        given().auth().oauth2(admin).get("/api/inventories/{id}", id).then().statusCode(403);
        // the suite's operator role is not a tenant's preparer
        String operator = org.carbonneutral.platform.testing.Tokens.of("acme", "ops@acme.example", "operator");
        given().auth().oauth2(operator).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(SCOPES_1_AND_2)
                .put("/api/inventories/{id}", id).then().statusCode(403);
        given().auth().oauth2(VIEWER).get("/api/inventories/{id}", id).then().statusCode(200).body("revision", equalTo(0));
    }
}
