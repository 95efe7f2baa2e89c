package org.carbonneutral.platform.rules;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/rules")
@Tag(name = "Rules", description = "The rules this service checks, read without a token")
public class RulesResource {

    private final RuleCatalog catalog;

    public RulesResource(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listRules",
            summary = "The rules this service checks", description = "Generated from the rule classes: id from the "
            + "rule catalogue, severity, text in English and Traditional Chinese, and the clause it comes from.")
    public List<RuleDescription> rules() {
        return catalog.rules();
    }
}
