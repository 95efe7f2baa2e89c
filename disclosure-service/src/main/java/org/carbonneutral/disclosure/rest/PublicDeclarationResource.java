package org.carbonneutral.disclosure.rest;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.carbonneutral.disclosure.service.PublicReading;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public reading of published declarations: no login, published versions only (DIS-1, DIS-6). */
@Path("/")
@Tag(name = "Public")
@PermitAll
public class PublicDeclarationResource {

    private final PublicReading reading;
    private final Template declaration;

    public PublicDeclarationResource(PublicReading reading, Template declaration) {
        this.reading = reading;
        this.declaration = declaration;
    }

    @GET
    @Path("api/public/declarations/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A published declaration as JSON", description = "The latest version (or ?version=n) with its "
            + "SHA-256 digest over the stored content, its status (PUBLISHED or WITHDRAWN) and the version history.")
    @APIResponse(responseCode = "200", description = "The publication")
    @APIResponse(responseCode = "404", description = "Nothing published under this id")
    public Uni<PublicDeclarationView> json(@PathParam("id") UUID id, @QueryParam("version") Integer version) {
        return reading.read(id, version);
    }

    @GET
    @Path("public/declarations/{id}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "A published declaration as a web page", description = "The same content as the JSON, for "
            + "the public; a withdrawn declaration stays readable, marked WITHDRAWN.")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "404", description = "Nothing published under this id")
    public Uni<TemplateInstance> page(@PathParam("id") UUID id, @QueryParam("version") Integer version) {
        return reading.read(id, version).map(view -> declaration.data("d", view));
    }
}
