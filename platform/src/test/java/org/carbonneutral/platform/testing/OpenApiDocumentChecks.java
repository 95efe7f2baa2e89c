package org.carbonneutral.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carbonneutral.platform.http.ApiDocumentFilter;
import org.carbonneutral.platform.problem.Problem;

/**
 * What a service's OpenAPI document (GET /q/openapi) must hold for a front-end to generate a client from it, checked
 * by each service's OpenApiDocumentTest: operation ids present, camelCase and unique; every path parameter declared
 * and required; every error answer problem+json with the Problem schema (whose properties are those {@link Problem}
 * serialises); a typed schema for every 2xx body; an example for every request body; the bearer scheme on every
 * protected operation and none on public ones — and, against the running service, that every protected GET answers
 * 401 problem+json without a token while the public ones do not ask for one.
 */
public final class OpenApiDocumentChecks {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");
    private static final Pattern CAMEL_CASE = Pattern.compile("[a-z][a-zA-Z0-9]*");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final JsonNode document;

    private OpenApiDocumentChecks(URI base, JsonNode document) {
        this.base = base;
        this.document = document;
    }

    /** Reads the document the service at {@code base} serves at /q/openapi (JSON). */
    public static OpenApiDocumentChecks of(URI base) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(base.resolve("/q/openapi?format=json"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), "GET /q/openapi");
        return new OpenApiDocumentChecks(base, JSON.readTree(answer.body()));
    }

    public JsonNode document() {
        return document;
    }

    /** The operation ids, each checked present, camelCase and unique. */
    public Set<String> operationIds() {
        Set<String> ids = new TreeSet<>();
        forEachOperation((path, method, operation) -> {
            String id = operation.path("operationId").asText(null);
            assertTrue(id != null && CAMEL_CASE.matcher(id).matches(), method + " " + path + ": operationId " + id);
            assertTrue(ids.add(id), "operationId " + id + " is used twice");
        });
        return ids;
    }

    /** Every check on the document, and {@code expected} among its operation ids. */
    public void assertAll(Collection<String> expected) throws Exception {
        Set<String> ids = operationIds();
        assertTrue(ids.containsAll(expected), () -> "missing operation ids " + difference(expected, ids) + " in " + ids);
        assertPathParametersDeclared();
        assertErrorsAreProblems();
        assertSuccessBodiesTyped();
        assertRequestBodiesHaveExamples();
        assertSecurity();
        assertTagsDescribed();
        assertServedSecurityMatches();
    }

    public void assertPathParametersDeclared() {
        forEachOperation((path, method, operation) -> {
            Matcher m = PATH_PARAMETER.matcher(path);
            while (m.find()) {
                String name = m.group(1);
                JsonNode declared = pathParameter(operation.path("parameters"), name);
                if (declared == null) {
                    declared = pathParameter(document.path("paths").path(path).path("parameters"), name);
                }
                assertTrue(declared != null, method + " " + path + ": path parameter " + name + " not declared");
                assertTrue(declared.path("required").asBoolean(), method + " " + path + ": " + name + " not required");
                assertFalse(declared.path("schema").isMissingNode(), method + " " + path + ": " + name + " has no schema");
            }
        });
    }

    public void assertErrorsAreProblems() {
        JsonNode problem = document.path("components").path("schemas").path(ApiDocumentFilter.PROBLEM_SCHEMA);
        assertFalse(problem.isMissingNode(), "no Problem schema");
        Set<String> properties = new HashSet<>();
        problem.path("properties").fieldNames().forEachRemaining(properties::add);
        Set<String> serialised = new HashSet<>();
        Arrays.stream(Problem.class.getRecordComponents()).forEach(c -> serialised.add(c.getName()));
        assertEquals(serialised, properties, "the Problem schema's properties are what Problem serialises");
        Set<String> violation = new HashSet<>();
        problem.path("properties").path("violations").path("items").path("properties").fieldNames()
                .forEachRemaining(violation::add);
        Set<String> violationComponents = new HashSet<>();
        Arrays.stream(Problem.Violation.class.getRecordComponents()).forEach(c -> violationComponents.add(c.getName()));
        assertEquals(violationComponents, violation, "violations' items are what Problem.Violation serialises");
        int[] errors = {0};
        forEachOperation((path, method, operation) -> operation.path("responses").fields().forEachRemaining(r -> {
            if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                errors[0]++;
                JsonNode content = r.getValue().path("content");
                List<String> types = new ArrayList<>();
                content.fieldNames().forEachRemaining(types::add);
                assertEquals(List.of(Problem.MEDIA_TYPE), types, method + " " + path + " " + r.getKey());
                assertEquals(ApiDocumentFilter.PROBLEM_REF, content.path(Problem.MEDIA_TYPE).path("schema")
                        .path("$ref").asText(), method + " " + path + " " + r.getKey() + " references Problem");
            }
        }));
        assertTrue(errors[0] > 0, "no error answers declared at all");
    }

    public void assertSuccessBodiesTyped() {
        forEachOperation((path, method, operation) -> operation.path("responses").fields().forEachRemaining(r -> {
            if (r.getKey().startsWith("2")) {
                r.getValue().path("content").fields().forEachRemaining(c -> assertFalse(
                        c.getValue().path("schema").isMissingNode(),
                        method + " " + path + " " + r.getKey() + " " + c.getKey() + " has no schema"));
            }
        }));
    }

    public void assertRequestBodiesHaveExamples() {
        forEachOperation((path, method, operation) -> operation.path("requestBody").path("content").fields()
                .forEachRemaining(c -> assertTrue(c.getValue().has("example") || c.getValue().has("examples"),
                        method + " " + path + " " + c.getKey() + " has no example")));
    }

    public void assertSecurity() {
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertEquals(1, schemes.size(), "one security scheme");
        String scheme = schemes.fieldNames().next();
        assertEquals("bearer", schemes.path(scheme).path("scheme").asText());
        assertEquals("JWT", schemes.path(scheme).path("bearerFormat").asText());
        forEachOperation((path, method, operation) -> {
            JsonNode security = operation.path("security");
            if (ApiDocumentFilter.isPublic(path)) {
                assertTrue(security.isMissingNode() || security.isEmpty(), method + " " + path + " is public");
            } else {
                assertEquals(1, security.size(), method + " " + path + " requires the bearer token");
                assertTrue(security.get(0).has(scheme), method + " " + path + " requires " + scheme);
                assertEquals(0, security.get(0).path(scheme).size(), method + " " + path + ": no scopes");
                assertTrue(operation.path("responses").has("401"), method + " " + path + " declares 401");
            }
        });
    }

    public void assertTagsDescribed() {
        Set<String> described = new HashSet<>();
        document.path("tags").forEach(t -> {
            assertFalse(t.path("description").asText("").isBlank(), "tag " + t.path("name") + " has a description");
            described.add(t.path("name").asText());
        });
        forEachOperation((path, method, operation) -> {
            assertFalse(operation.path("tags").isEmpty(), method + " " + path + " has a tag");
            operation.path("tags").forEach(t -> assertTrue(described.contains(t.asText()), "tag " + t + " listed"));
            assertFalse(operation.path("summary").asText("").isBlank(), method + " " + path + " has a summary");
        });
    }

    /**
     * Against the running service: each protected GET answers 401 problem+json without a token, each public GET
     * does not (it answers, or 404 for the made-up ids used).
     */
    public void assertServedSecurityMatches() throws Exception {
        List<String[]> gets = new ArrayList<>();
        forEachOperation((path, method, operation) -> {
            if (method.equals("get")) {
                gets.add(new String[] {path, operation.path("security").isMissingNode() ? "public" : "protected"});
            }
        });
        for (String[] get : gets) {
            String path = concrete(get[0]);
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(base.resolve(path))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (get[1].equals("protected")) {
                assertEquals(401, answer.statusCode(), "GET " + path + " without a token");
                assertEquals(Problem.MEDIA_TYPE, answer.headers().firstValue("Content-Type").orElse("")
                        .split(";")[0], "GET " + path + " without a token answers problem+json");
            } else {
                assertNotEquals(401, answer.statusCode(), "public GET " + path + " asks for no token");
                assertTrue(answer.statusCode() < 500, "public GET " + path + ": " + answer.statusCode());
            }
        }
    }

    /** A path with made-up values for its parameters: a UUID for ids, 1 for numbers, "acme" otherwise. */
    private String concrete(String path) {
        Matcher m = PATH_PARAMETER.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = name.equals("id") || name.endsWith("Id") ? UUID.randomUUID().toString()
                    : name.equals("revision") ? "1" : name.equals("registry") ? "VERRA" : "acme";
            m.appendReplacement(out, value);
        }
        m.appendTail(out);
        return out.toString();
    }

    private static JsonNode pathParameter(JsonNode parameters, String name) {
        for (JsonNode p : parameters) {
            if ("path".equals(p.path("in").asText()) && name.equals(p.path("name").asText())) {
                return p;
            }
        }
        return null;
    }

    private interface OperationCheck {
        void check(String path, String method, JsonNode operation);
    }

    private void forEachOperation(OperationCheck check) {
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        assertTrue(paths.hasNext(), "the document has no paths");
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(m -> {
                if (METHODS.contains(m.getKey())) {
                    check.check(path.getKey(), m.getKey(), m.getValue());
                }
            });
        }
    }

    private static List<String> difference(Collection<String> expected, Set<String> ids) {
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(ids);
        return missing;
    }
}
