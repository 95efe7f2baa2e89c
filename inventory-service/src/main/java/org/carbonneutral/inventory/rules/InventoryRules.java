package org.carbonneutral.inventory.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.carbonneutral.platform.rules.RuleSet;

/** The INV rules inventory-service checks, in catalogue order. */
@Singleton
public class InventoryRules extends RuleSet<InventoryFacts> {

    public InventoryRules() {
        super(List.of(
                new SourcesIdentifiedAndQuantified(),
                new BoundaryIsExplicit(),
                new OrganisationCoversScopes1And2(),
                new ProductCoversAllScopesAndProducts(),
                new TokenSubjectShare(),
                new VerificationStatus(),
                new RemovalsWithRightsAndMonitoring(),
                new MaterialityCoverage(),
                new LifeCycleCoverage(),
                new FactorsAndGwpNamed()));
    }
}
