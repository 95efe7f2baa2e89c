package org.carbonneutral.platform.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.carbonneutral.platform.problem.Problem;

/**
 * Makes each service's OpenAPI document one a front-end can generate a client from, at build time (so the document
 * {@code mvn package} stores in target/openapi and the one served at /q/openapi are the same):
 * <ul>
 * <li>the part operations, written once in platform ({@code getPart}, {@code approvePart}, …), are named after the
 * service's part by replacing the {@value #PART_TOKEN} token with the resource's tag ({@code getInventory},
 * {@code approvePathway}, {@code submitOffsets});</li>
 * <li>every {@code {name}} of a path is declared as a required path parameter of each of its operations;</li>
 * <li>every 4xx and 5xx answer is {@code application/problem+json} with the one {@code Problem} schema (what
 * {@link Problem} serialises to); every protected operation also names 401, 403 and 503;</li>
 * <li>every operation but the public ones ({@link #PUBLIC_PATHS}) requires the JWT bearer scheme, with no scopes
 * (roles are groups in the token, not OAuth scopes);</li>
 * <li>examples are merged from {@value #EXAMPLES}: {@code <operationId>.request.<ext>} for a request body of that
 * media type (json, csv, jsonl) and {@code <operationId>.<status>.<ext>} for an answer; the part operations fall back
 * to their platform name ({@code approvePart.request.json});</li>
 * <li>a header with no schema gets a string schema, and every tag used is listed.</li>
 * </ul>
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiDocumentFilter implements OASFilter {

    /** The token a shared part operation's id holds, replaced by the part's name. */
    public static final String PART_TOKEN = "Part";
    /** Paths read without a token: published declarations and the rule lists. */
    public static final List<String> PUBLIC_PATHS = List.of("/public/", "/api/public/", "/api/rules");
    public static final String PROBLEM_SCHEMA = "Problem";
    public static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM_SCHEMA;
    static final String EXAMPLES = "META-INF/openapi-examples/";

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");
    private static final Pattern PART = Pattern.compile(PART_TOKEN + "(?=[A-Z]|$)");
    private static final Map<String, String> EXTENSIONS = Map.of("application/json", "json", "text/csv", "csv",
            "application/x-ndjson", "jsonl", Problem.MEDIA_TYPE, "json", "application/feed+json", "json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        api.setComponents(components);
        components.addSchema(PROBLEM_SCHEMA, problemSchema(components));
        // the scanned Problem.Violation record: the Problem schema above describes its violations itself
        if (components.getSchemas().containsKey("Violation")) {
            components.removeSchema("Violation");
        }
        String scheme = securityScheme(components);
        Set<String> tagsUsed = new LinkedHashSet<>();
        api.getPaths().getPathItems().forEach((path, item) -> {
            if (item.getOperations() == null) {
                return;
            }
            item.getOperations().forEach((method, operation) -> {
                String platformId = operation.getOperationId();
                String id = operationId(platformId, operation);
                operation.setOperationId(id);
                declarePathParameters(path, item, operation);
                boolean isPublic = isPublic(path);
                security(operation, isPublic ? null : scheme);
                errors(operation, isPublic);
                headerSchemas(operation);
                if (id != null) {
                    examples(operation, id, platformId);
                }
                if (operation.getTags() != null) {
                    tagsUsed.addAll(operation.getTags());
                }
            });
        });
        listTags(api, tagsUsed);
    }

    /** Whether a path is read without a token. */
    public static boolean isPublic(String path) {
        return PUBLIC_PATHS.stream().anyMatch(p -> p.endsWith("/") ? path.startsWith(p) : path.equals(p)
                || path.startsWith(p + "/"));
    }

    /** A shared part operation's id with the part's name (its first tag, spaces removed) for {@link #PART_TOKEN}. */
    static String operationId(String id, Operation operation) {
        if (id == null || operation.getTags() == null || operation.getTags().isEmpty() || !PART.matcher(id).find()) {
            return id;
        }
        String part = operation.getTags().get(0).replace(" ", "");
        return PART.matcher(id).replaceAll(Matcher.quoteReplacement(part));
    }

    private static void declarePathParameters(String path, PathItem item, Operation operation) {
        Matcher m = PATH_PARAMETER.matcher(path);
        while (m.find()) {
            String name = m.group(1);
            if (declares(item.getParameters(), name) || declares(operation.getParameters(), name)) {
                continue;
            }
            boolean id = name.equals("id") || name.endsWith("Id");
            Schema schema = OASFactory.createSchema().addType(SchemaType.STRING);
            if (id) {
                schema.setFormat("uuid");
            }
            operation.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.PATH).required(true)
                    .description(name.equals("declarationId") ? "The declaration's id" : id ? "The id" : name)
                    .schema(schema));
        }
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(p -> p.getIn() == Parameter.In.PATH)
                    .forEach(p -> p.setRequired(true));
        }
    }

    private static boolean declares(List<Parameter> parameters, String name) {
        return parameters != null && parameters.stream()
                .anyMatch(p -> p.getIn() == Parameter.In.PATH && name.equals(p.getName()));
    }

    private static String securityScheme(Components components) {
        Map<String, SecurityScheme> schemes = components.getSecuritySchemes();
        if (schemes == null || schemes.isEmpty()) {
            SecurityScheme jwt = OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                    .bearerFormat("JWT");
            components.addSecurityScheme("SecurityScheme", jwt);
            return "SecurityScheme";
        }
        return schemes.keySet().iterator().next();
    }

    private static void security(Operation operation, String scheme) {
        if (scheme == null) {
            operation.setSecurity(null);
            return;
        }
        SecurityRequirement requirement = OASFactory.createSecurityRequirement().addScheme(scheme, List.of());
        operation.setSecurity(new ArrayList<>(List.of(requirement)));
    }

    private static void errors(Operation operation, boolean isPublic) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (!isPublic) {
            addIfMissing(responses, "401", "No valid bearer token");
            addIfMissing(responses, "403", "Your token's groups do not allow this operation");
        }
        addIfMissing(responses, "503", "The database or the broker is unavailable; nothing changed. Retry after "
                + "Retry-After seconds");
        Map<String, APIResponse> all = responses.getAPIResponses();
        for (Map.Entry<String, APIResponse> e : all.entrySet()) {
            String status = e.getKey();
            if (!(status.startsWith("4") || status.startsWith("5") || status.equals("default"))) {
                continue;
            }
            APIResponse response = e.getValue();
            if (response.getRef() != null) {
                continue;
            }
            Content content = OASFactory.createContent();
            MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
            if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
                for (MediaType declared : response.getContent().getMediaTypes().values()) {
                    if (declared.getExample() != null) {
                        problem.setExample(declared.getExample());
                    }
                    if (declared.getExamples() != null) {
                        problem.setExamples(declared.getExamples());
                    }
                }
            }
            content.addMediaType(Problem.MEDIA_TYPE, problem);
            response.setContent(content);
            if (status.equals("503") && (response.getHeaders() == null
                    || !response.getHeaders().containsKey("Retry-After"))) {
                response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait")
                        .schema(OASFactory.createSchema().addType(SchemaType.INTEGER)));
            }
        }
        // a stable order for the reader: statuses ascending
        Map<String, APIResponse> sorted = new TreeMap<>(all);
        responses.setAPIResponses(new LinkedHashMap<>(sorted));
    }

    private static void addIfMissing(APIResponses responses, String status, String description) {
        if (responses.getAPIResponse(status) == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static void headerSchemas(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
            if (response.getHeaders() == null) {
                continue;
            }
            for (Header header : response.getHeaders().values()) {
                if (header.getRef() == null && header.getSchema() == null && header.getContent() == null) {
                    header.setSchema(OASFactory.createSchema().addType(SchemaType.STRING));
                }
            }
        }
    }

    /** Request and answer examples from {@value #EXAMPLES}, by operation id, else by the platform's id. */
    private static void examples(Operation operation, String id, String platformId) {
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().getMediaTypes() != null) {
            operation.getRequestBody().getContent().getMediaTypes().forEach((type, media) ->
                    example(media, type, id, platformId, "request"));
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
                    response.getContent().getMediaTypes().forEach((type, media) ->
                            example(media, type, id, platformId, status));
                }
            });
        }
    }

    private static void example(MediaType media, String type, String id, String platformId, String kind) {
        String extension = EXTENSIONS.get(type.split(";")[0].trim());
        if (extension == null || media.getExample() != null || media.getExamples() != null) {
            return;
        }
        String text = resource(id + "." + kind + "." + extension);
        if (text == null && platformId != null && !platformId.equals(id)) {
            text = resource(platformId + "." + kind + "." + extension);
        }
        if (text == null) {
            return;
        }
        if (extension.equals("json")) {
            try {
                media.setExample(JSON.readValue(text, Object.class));
            } catch (IOException e) {
                throw new UncheckedIOException("example " + id + "." + kind + "." + extension + " is not JSON", e);
            }
        } else {
            media.setExample(text);
        }
    }

    private static String resource(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        URL url = loader == null ? null : loader.getResource(EXAMPLES + name);
        if (url == null) {
            url = ApiDocumentFilter.class.getClassLoader().getResource(EXAMPLES + name);
        }
        if (url == null) {
            return null;
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("example " + name + " not readable", e);
        }
    }

    /** Every tag an operation uses is listed, in order of first use, with the description its resource gave. */
    private static void listTags(OpenAPI api, Set<String> used) {
        Map<String, Tag> declared = new LinkedHashMap<>();
        if (api.getTags() != null) {
            api.getTags().forEach(t -> declared.putIfAbsent(t.getName(), t));
        }
        List<Tag> tags = new ArrayList<>();
        for (String name : used) {
            tags.add(Objects.requireNonNullElseGet(declared.get(name), () -> OASFactory.createTag().name(name)));
        }
        declared.forEach((name, tag) -> {
            if (!used.contains(name)) {
                tags.add(tag);
            }
        });
        api.setTags(tags);
    }

    /** What {@link Problem} serialises to (RFC 9457); empty lists are left out. */
    static Schema problemSchema(Components components) {
        Schema violation = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("One offending field: its JSON path in the request (or the parameter, header, line and "
                        + "column), what is wrong, and the rule id where a rule applies")
                .addProperty("field", string("The field, e.g. organisation.businessNumber"))
                .addProperty("message", string("What is wrong and what is expected"))
                .addProperty("rule", string("The rule id, e.g. DIS-8, where a rule applies"))
                .required(List.of("field", "message"));
        Schema finding = components.getSchemas() != null && components.getSchemas().containsKey("Finding")
                ? OASFactory.createSchema().ref("#/components/schemas/Finding")
                : OASFactory.createSchema().addType(SchemaType.OBJECT);
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", Problem.TYPE_BASE + "validation");
        example.put("title", "Invalid request");
        example.put("status", 400);
        example.put("detail", "claimStandard: PAS 2060 is withdrawn for periods starting after 2025-12-31");
        example.put("violations", List.of(Map.of("field", "claimStandard", "message",
                "PAS 2060 is withdrawn for periods starting after 2025-12-31", "rule", "DIS-8")));
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem detail (application/problem+json). `violations` names each "
                        + "offending field of bad input; `findings` carries the rule findings an action was refused for.")
                .addProperty("type", OASFactory.createSchema().addType(SchemaType.STRING).format("uri")
                        .description("Identifies the kind of problem, under " + Problem.TYPE_BASE))
                .addProperty("title", string("Short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .description("The HTTP status"))
                .addProperty("detail", string("What happened in this case"))
                .addProperty("violations", OASFactory.createSchema().addType(SchemaType.ARRAY).items(violation)
                        .description("Each offending field, for bad input"))
                .addProperty("findings", OASFactory.createSchema().addType(SchemaType.ARRAY).items(finding)
                        .description("The blocking findings an approval was refused for"))
                .required(List.of("type", "title", "status"))
                .examples(List.of(example));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
