package org.carbonneutral.disclosure.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.carbonneutral.disclosure.service.PublicDeclarationService;
import org.carbonneutral.disclosure.service.PublicDeclarationView;
import org.carbonneutral.disclosure.service.PublicIndexEntry;
import org.carbonneutral.disclosure.service.PublicRendering;
import org.carbonneutral.disclosure.service.PublicRenderings;
import org.carbonneutral.disclosure.service.StoredResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The public reading of published declarations as JSON: no login, published versions only (DIS-1, DIS-6). */
@Path("/api/public")
@Tag(name = "Public", description = "Published declarations, read without a token: JSON, web pages and a company's feed")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class PublicDeclarationResource {

    private final PublicDeclarationService service;
    private final PublicRenderings renderings;

    public PublicDeclarationResource(PublicDeclarationService service, PublicRenderings renderings) {
        this.service = service;
        this.renderings = renderings;
    }

    @GET
    @Path("declarations/{id}")
    @Operation(operationId = "getPublishedDeclaration",
            summary = "A published declaration as JSON", description = "The latest version (or ?version=n) with its "
            + "SHA-256 digest over the stored content, its status (PUBLISHED or WITHDRAWN) and the version history. The "
            + "content holds the claim, the summary, the eight numbered disclosure items, the six chapters of the "
            + "management plan, the reminders and the three approvals.")
    @APIResponse(responseCode = "200", description = "The publication (gzip when Accept-Encoding allows it; ETag: the "
            + "SHA-256 of the bytes sent; a version's URL is cached five minutes, the latest one minute)",
            content = @Content(schema = @Schema(implementation = PublicDeclarationView.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current ETag")
    @APIResponse(responseCode = "404", description = "Nothing published under this id")
    public Uni<RestResponse<byte[]>> json(@PathParam("id") UUID id, @QueryParam("version") Integer version,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        return renderings.read(id, version, PublicRendering.JSON).map(r -> StoredResponses.respond(r,
                MediaType.APPLICATION_JSON, version != null, ifNoneMatch, acceptEncoding, HttpHeaders.ACCEPT_ENCODING,
                null));
    }

    @GET
    @Path("tenants/{tenant}/declarations")
    @Operation(operationId = "listPublishedDeclarations",
            summary = "A company's published declarations", description = "Each at its latest version, newest first.")
    @APIResponse(responseCode = "200", description = "The index (empty when nothing is published)")
    public Uni<List<PublicIndexEntry>> index(@PathParam("tenant") String tenant) {
        return service.index(tenant);
    }
}
