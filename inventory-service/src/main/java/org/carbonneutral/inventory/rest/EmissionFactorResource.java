package org.carbonneutral.inventory.rest;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import java.net.URI;
import org.carbonneutral.inventory.factors.CustomFactorSetRequest;
import org.carbonneutral.inventory.factors.TenantFactors;
import org.carbonneutral.platform.security.Caller;
import org.jboss.resteasy.reactive.RestResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import org.carbonneutral.inventory.factors.EmissionFactor;
import org.carbonneutral.inventory.factors.FactorKind;
import org.carbonneutral.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.carbonneutral.platform.http.Idempotent;

@Path("/api/emission-factors")
@Tag(name = "Emission factors", description = "The factor library the inventory is quantified with: the public MOENV sets and your own published sets")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class EmissionFactorResource {

    private final TenantFactors tenantFactors;
    private final Caller caller;

    public EmissionFactorResource(TenantFactors tenantFactors, Caller caller) {
        this.tenantFactors = tenantFactors;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.PREPARER, Roles.APPROVER, Roles.VIEWER})
    @Operation(operationId = "searchEmissionFactors",
            summary = "Search the factor library", description = "Factors of the MOENV 6.0.4 table (fuels, per gas), "
            + "MOENV's 113.2.5 announcement (附表一 fuels per TJ, stationary and mobile; 附表三 wastewater), the Energy "
            + "Administration's and Taipower's grid factors by year, and your tenant's own published sets: "
            + "value (kg gas or kg CO2e per unit), unit, source document, set and version, validity. Filter by kind, "
            + "activity, set and year. Matching here: `activity` is contained in the Chinese name (exact characters) or "
            + "in the English name (ignoring case). An activity's lookup is stricter: the whole Chinese name, or the "
            + "whole English name ignoring case (a gas released by mass also by any of its 表4-4 names, ignoring case, "
            + "hyphens and spaces: R410A = R-410A); a lookup that matches nothing is a 400 listing the closest names of "
            + "that kind in both languages (most alike first, by shared character pairs).")
    @APIResponse(responseCode = "200", description = "Matching factors")
    public Uni<List<EmissionFactor>> search(@QueryParam("kind") FactorKind kind, @QueryParam("activity") String activity,
            @QueryParam("set") String set, @QueryParam("year") Integer year) {
        return Panache.withSession(() -> tenantFactors.library(caller.tenant())).map(library -> library.all().stream()
                .filter(f -> kind == null || f.kind() == kind)
                .filter(f -> set == null || f.setCode().equals(set))
                .filter(f -> year == null || f.validIn(year))
                .filter(f -> activity == null || f.activity().contains(activity)
                        || f.activityEn().toLowerCase().contains(activity.toLowerCase()))
                .sorted(Comparator.comparing(EmissionFactor::id))
                .toList());
    }

    @POST
    @Idempotent
    @Path("/sets")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PREPARER)
    @Operation(operationId = "publishFactorSet",
            summary = "Publish a version of your own factor set", description = "Factors with the citation of the "
            + "document they come from. A published version never changes: correct a value by publishing a new "
            + "version, so inventories that used the old one still recompute to the same figures. Factor ids are "
            + "CODE:VERSION:kind:activity:GAS[:year].")
    @APIResponse(responseCode = "201", description = "Published; the factors with their ids", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = EmissionFactor.class)))
    @APIResponse(responseCode = "400", description = "Invalid factor: the problem names each field")
    @APIResponse(responseCode = "409", description = "That code and version exist, or the code is a public set's")
    public Uni<RestResponse<List<EmissionFactor>>> publish(@Valid @NotNull CustomFactorSetRequest request) {
        return tenantFactors.publish(caller.tenant(), caller.user(), request)
                .map(f -> RestResponse.ResponseBuilder.<List<EmissionFactor>>created(URI.create(
                        "/api/emission-factors?set=" + request.code())).entity(f).build());
    }
}
