package org.carbonneutral.inventory.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.carbonneutral.inventory.domain.InventoryContent;
import org.carbonneutral.inventory.domain.InventoryFigures;
import org.carbonneutral.inventory.service.InventoryService;
import org.carbonneutral.platform.part.PartResource;
import org.carbonneutral.platform.problem.ProblemException;
import org.carbonneutral.platform.security.Caller;
import org.carbonneutral.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The inventory part of a declaration (rules INV-1, INV-3, INV-4), and the figures of its current revision. */
@Path("/api/inventories/{declarationId}")
@Tag(name = "Inventory", description = "The GHG inventory of a declaration: its revisions, submission into findings (rules INV-*), four-eyes approval and revocation, history, and the figures of the current revision")
public class InventoryResource extends PartResource<InventoryContent> {

    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 10_000;

    private final InventoryService inventory;
    private final Caller caller;

    public InventoryResource(InventoryService inventory, Caller caller) {
        super(inventory.lifecycle(), caller);
        this.inventory = inventory;
        this.caller = caller;
    }

    @GET
    @Path("/figures")
    @RolesAllowed({Roles.PREPARER, Roles.APPROVER, Roles.VIEWER})
    @Operation(operationId = "getInventoryFigures",
            summary = "The figures of the current revision", description = "Computes the current revision, draft "
            + "or approved, with its uploaded activity data and your factor library, by the same quantification its "
            + "submission and approval use: `snapshot` is exactly what an InventoryApproved event of this revision "
            + "carries (per source tCO2e to 3 decimals and per gas, totals by category, scope 1, scope 2 location- and "
            + "market-based, scope 3, total, biogenic CO2, removals, residual, coverage, factor sets). `activities` "
            + "gives each activity's tCO2e to 6 decimals and each gas with its factor and GWP, one page at a time "
            + "(`offset`, `limit`; `activityCount` in all); the totals are always over every activity. `violations` "
            + "lists what could not be computed (field and message). The ETag is the revision computed.")
    @APIResponse(responseCode = "200", description = "The figures", headers = @Header(name = "ETag", description = "The revision computed, as for GET of the part",
            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = InventoryFigures.class)))
    @APIResponse(responseCode = "400", description = "offset or limit not a whole number in range; the problem names it")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such declaration for your tenant, or nothing entered yet")
    public Uni<RestResponse<InventoryFigures>> figures(@PathParam("declarationId") UUID declarationId,
            @Parameter(description = "Index of the first activity to list (default 0)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("offset") String offset,
            @Parameter(description = "At most this many activities (default " + DEFAULT_LIMIT + ", at most " + MAX_LIMIT
                    + ")", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10000",
                    defaultValue = "1000"))
            @QueryParam("limit") String limit) {
        int from = whole("offset", offset, 0, 0, Integer.MAX_VALUE);
        int size = whole("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        return inventory.figures(caller.tenant(), declarationId, from, size).map(figures -> RestResponse.ResponseBuilder
                .ok(figures).header("ETag", "\"" + figures.revision() + "\"").build());
    }

    /** A query parameter that must be a whole number from {@code min} to {@code max}; absent: {@code absent}. */
    static int whole(String name, String value, int absent, int min, int max) {
        if (value == null || value.isEmpty()) {
            return absent;
        }
        long n;
        try {
            n = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "a whole number from " + min + " to " + max);
        }
        if (n < min || n > max) {
            throw ProblemException.invalid(name, "a whole number from " + min + " to " + max);
        }
        return (int) n;
    }
}
