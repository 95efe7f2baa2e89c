package org.carbonneutral.inventory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import org.carbonneutral.inventory.factors.EmissionFactor;
import org.carbonneutral.inventory.factors.FactorKind;
import org.carbonneutral.inventory.factors.FactorLibrary;
import org.carbonneutral.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/emission-factors")
@Tag(name = "Emission factors")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class EmissionFactorResource {

    private final FactorLibrary library;

    public EmissionFactorResource(FactorLibrary library) {
        this.library = library;
    }

    @GET
    @RolesAllowed({Roles.PREPARER, Roles.APPROVER, Roles.VIEWER})
    @Operation(summary = "Search the factor library", description = "Factors of the MOENV 6.0.4 table (fuels, per gas), "
            + "the Energy Administration's and Taipower's grid factors by year: value (kg gas or kg CO2e per unit), "
            + "unit, source document, set and version, validity. Filter by kind, activity (Chinese or English name, "
            + "contains), set and year.")
    @APIResponse(responseCode = "200", description = "Matching factors")
    public List<EmissionFactor> search(@QueryParam("kind") FactorKind kind, @QueryParam("activity") String activity,
            @QueryParam("set") String set, @QueryParam("year") Integer year) {
        return library.all().stream()
                .filter(f -> kind == null || f.kind() == kind)
                .filter(f -> set == null || f.setCode().equals(set))
                .filter(f -> year == null || f.validIn(year))
                .filter(f -> activity == null || f.activity().contains(activity)
                        || f.activityEn().toLowerCase().contains(activity.toLowerCase()))
                .sorted(Comparator.comparing(EmissionFactor::id))
                .toList();
    }
}
