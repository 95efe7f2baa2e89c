package org.carbonneutral.offset.rest;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.offset.domain.RegistryImport;
import org.carbonneutral.offset.registry.RegistryConnector;
import org.carbonneutral.offset.registry.RegistryImports;
import org.carbonneutral.offset.serial.Registry;
import org.carbonneutral.platform.problem.ProblemException;
import org.carbonneutral.platform.security.Caller;
import org.carbonneutral.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.carbonneutral.platform.http.Idempotent;

/**
 * The registries' public retirement exports the suite fetched (OFF-2 checks the credits against their records). The
 * records come from the registries only: an operator triggers a fetch, or the schedule does; no one uploads them.
 */
@Path("/api/registry-imports")
@Tag(name = "Registry records", description = "The registries' public retirement exports the suite imports, shared by every tenant, and the records OFF-2 checks credits against")
@SecurityRequirement(name = "SecurityScheme")
public class RegistryImportResource {

    static final String IMPORT_EXAMPLE = """
            {"id":"3f0c2a8e-5b7d-4c1e-9a61-2d8f7b0e4c55","registry":"GOLD_STANDARD",
             "source":"https://registry.example/gold-standard/retirements.csv","fetchedAt":"2026-04-14T02:00:00Z",
             "sha256":"9b2f…","rows":100,"retirements":100,"recordsChanged":100,"triggeredBy":"ops@suite.example"}""";
    static final String PROBLEM_422 = """
            {"type":"https://carbon-neutrality-suite.org/problems/invalid-registry-export",
             "title":"Registry export not understood","status":422,
             "detail":"Gold Standard export from https://registry.example/gs.csv: 1 problem (first: line 1, column Credit Status: missing column 'Credit Status'; …); nothing was imported and the records imported before are kept",
             "violations":[{"field":"line 1, column Credit Status","message":"missing column 'Credit Status'; a Gold Standard export has the columns [Serial Number, Quantity, Credit Status, Retirement Date, Using Entity]"}]}""";
    static final String PROBLEM_502 = """
            {"type":"https://carbon-neutrality-suite.org/problems/registry-unavailable","title":"Registry unavailable",
             "status":502,"detail":"VERRA (Verra Verified Carbon Standard): the export at https://registry.example/verra.csv could not be fetched: it answered HTTP 503; the records imported before are kept"}""";
    private static final int MAX_LIMIT = 1000;

    private final RegistryConnector connector;
    private final RegistryImports imports;
    private final Caller caller;

    public RegistryImportResource(RegistryConnector connector, RegistryImports imports, Caller caller) {
        this.connector = connector;
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Idempotent
    @Path("/{registry}/fetch")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Blocking
    @Operation(operationId = "fetchRegistryExport",
            summary = "Fetch a registry's public retirement export now (operators)", description = "Downloads the "
            + "export from the registry's configured URL (suite.registries.<registry>.url; connect 5 s, answer 30 s, "
            + "at most 64 MiB) and imports it whole as the suite's shared records: Verra transactions, Gold Standard / "
            + "ACR / Climate Action Reserve / ART TREES retirements, or MOENV's 註銷額度公告 (one row per serial). "
            + "An export already imported (same SHA-256) changes nothing; a record whose facts changed becomes its "
            + "serial's next version; records absent from the export stay. Nothing changes when the registry cannot "
            + "be reached or the export is not understood.")
    @APIResponse(responseCode = "201", description = "Imported; Location names the import", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistryImport.class),
            examples = @ExampleObject(name = "import", value = IMPORT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The export was imported before (same SHA-256): that import, "
            + "nothing changed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegistryImport.class), examples = @ExampleObject(name = "import", value = IMPORT_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Not an operator")
    @APIResponse(responseCode = "404", description = "No such registry")
    @APIResponse(responseCode = "409", description = "No export URL is configured for the registry")
    @APIResponse(responseCode = "422", description = "The export is not understood (encoding, CSV, columns, status, "
            + "serial, quantity, date): each problem named by line and column; nothing imported", content = @Content(
                    mediaType = "application/problem+json", examples = @ExampleObject(name = "missing column",
                            value = PROBLEM_422)))
    @APIResponse(responseCode = "502", description = "The registry cannot be reached, answers other than 2xx or not "
            + "in time", content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(
                    name = "registry down", value = PROBLEM_502)))
    public Response fetch(@Parameter(description = "The registry, e.g. VERRA, GOLD_STANDARD, ACR, CAR, ART_TREES, MOENV",
            example = "GOLD_STANDARD") @PathParam("registry") String registry) throws Exception {
        RegistryImports.Imported result = connector.fetch(registry(registry), caller.user());
        RegistryImport i = result.registryImport();
        return (result.created() ? Response.created(URI.create("/api/registry-imports/" + i.id())) : Response.ok())
                .entity(i).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PREPARER, Roles.APPROVER, Roles.VIEWER, Roles.OPERATOR})
    @Blocking
    @Operation(operationId = "listRegistryImports",
            summary = "The registry exports the suite imported", description = "Shared by every tenant, newest "
            + "first; optionally of one registry.")
    @APIResponse(responseCode = "200", description = "The imports", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = RegistryImport.class), examples = @ExampleObject(name = "imports", value = "[" + IMPORT_EXAMPLE + "]")))
    public List<RegistryImport> list(@Parameter(example = "VERRA") @QueryParam("registry") String registry,
            @Parameter(description = "At most this many (default 100, at most 1000)") @QueryParam("limit") Integer limit)
            throws Exception {
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw ProblemException.invalid("limit", "from 1 to " + MAX_LIMIT);
        }
        return imports.list(registry == null || registry.isBlank() ? null : registryParameter("registry", registry),
                limit == null ? 100 : limit);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PREPARER, Roles.APPROVER, Roles.VIEWER, Roles.OPERATOR})
    @Blocking
    @Operation(operationId = "getRegistryImport", summary = "One import", description = "A registry export the suite "
            + "imported: where and when it was fetched, its SHA-256, and how many rows, retirements and changed "
            + "records it held.")
    @APIResponse(responseCode = "200", description = "The import", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegistryImport.class), examples = @ExampleObject(name = "import", value = IMPORT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such import")
    public RegistryImport get(@PathParam("id") UUID id) throws Exception {
        return imports.get(id).orElseThrow(() -> ProblemException.notFound("registry import " + id));
    }

    /** A registry by its name (VERRA, gold-standard, …); a 404 naming the registries otherwise. */
    static Registry registry(String name) {
        return parse(name).orElseThrow(() -> new ProblemException(404, "not-found", "Not found", "no registry '" + name
                + "'; one of " + List.of(Registry.values()), null, null));
    }

    /** A registry named by a query parameter; a 400 naming the parameter and the registries otherwise. */
    static Registry registryParameter(String parameter, String name) {
        return parse(name).orElseThrow(() -> ProblemException.invalid(parameter, (name == null || name.isBlank()
                ? "name the registry" : "unknown registry '" + name + "'") + "; one of " + List.of(Registry.values())));
    }

    private static java.util.Optional<Registry> parse(String name) {
        String n = name == null ? "" : name.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        return java.util.Arrays.stream(Registry.values()).filter(r -> r.name().equals(n)).findFirst();
    }
}
