package org.carbonneutral.offset.rest;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.carbonneutral.offset.domain.RegistryImport;
import org.carbonneutral.offset.registry.RegistryImports;
import org.carbonneutral.offset.serial.Registry;
import org.carbonneutral.platform.problem.ProblemException;
import org.carbonneutral.platform.security.Caller;
import org.carbonneutral.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Registries' public retirement exports, imported to check the declaration's credits against (OFF-2). */
@Path("/api/registry-imports")
@Tag(name = "Registry records")
@SecurityRequirement(name = "SecurityScheme")
public class RegistryImportResource {

    private final RegistryImports imports;
    private final Caller caller;

    public RegistryImportResource(RegistryImports imports, Caller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PREPARER)
    @Blocking
    @Operation(summary = "Import a registry's public retirement export", description = "The registry's own CSV: Verra "
            + "transactions, Gold Standard / ACR / Climate Action Reserve / ART TREES retirements, or MOENV's 註銷額度公告 "
            + "(one row per serial). Every retirement row must parse (its serial against the registry's format and its "
            + "quantity); otherwise nothing is imported. The import's SHA-256 and source travel with the approval.")
    @APIResponse(responseCode = "201", description = "Imported; the retirements it holds are counted")
    @APIResponse(responseCode = "400", description = "registry missing or unknown")
    @APIResponse(responseCode = "422", description = "Rows that do not parse, each named with its reason")
    public Response importExport(@QueryParam("registry") String registry, @QueryParam("source") String source,
            InputStream body) throws Exception {
        RegistryImport result = imports.importExport(caller.tenant(), caller.user(), registry(registry),
                source == null || source.isBlank() ? null : source.trim(), body);
        return Response.created(URI.create("/api/registry-imports/" + result.id())).entity(result)
                .type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PREPARER, Roles.APPROVER, Roles.VIEWER})
    @Blocking
    @Operation(summary = "The tenant's registry imports", description = "Newest first.")
    public List<RegistryImport> list() throws Exception {
        return imports.list(caller.tenant());
    }

    private static Registry registry(String name) {
        if (name == null || name.isBlank()) {
            throw ProblemException.invalid("registry", "name the registry: one of " + List.of(Registry.values()));
        }
        try {
            return Registry.valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("registry", "unknown registry '" + name + "'; one of " + List.of(Registry.values()));
        }
    }
}
