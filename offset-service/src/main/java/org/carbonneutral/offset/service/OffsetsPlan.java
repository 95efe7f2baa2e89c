package org.carbonneutral.offset.service;

import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.contracts.events.InventorySnapshot;
import org.carbonneutral.contracts.events.OffsetsSnapshot;
import org.carbonneutral.offset.domain.Coverage;
import org.carbonneutral.offset.domain.Credit;
import org.carbonneutral.offset.domain.OffsetsContent.Evidence;
import org.carbonneutral.offset.domain.OffsetsContent.Project;
import org.carbonneutral.offset.domain.RegistryImport;
import org.carbonneutral.offset.domain.RegistryRecord;

/** Turns the credits of an offsets revision, their registry check and the inventory into the approval's snapshot. */
final class OffsetsPlan {

    private OffsetsPlan() {
    }

    static OffsetsSnapshot snapshot(List<Credit> credits, List<RegistryRecord> records, List<RegistryImport> imports,
            InventorySnapshot inventory, Integer pathwayRevision) {
        List<OffsetsSnapshot.RetirementLine> lines = credits.stream().map(c -> {
            var r = c.retirement();
            boolean confirmed = records.stream().anyMatch(rec -> rec.block().contains(c.block()));
            return new OffsetsSnapshot.RetirementLine(c.block().registry().name(), r.serialNumber(), c.block().batchKey(),
                    c.block().start(), c.block().end(), c.quantity(), c.vintageYear(), r.issuedOn(), r.retiredOn(),
                    r.beneficiary(), r.purpose(), r.publicReference(), confirmed, project(c, r.projectName()));
        }).toList();
        return new OffsetsSnapshot(inventory.residualTco2e(), inventory.totalTco2e(),
                Coverage.residualSharePercent(inventory.residualTco2e(), inventory.totalTco2e()),
                Coverage.requiredTonnes(Coverage.residualToCover(inventory)), Coverage.retiredTonnes(credits), pathwayRevision, lines,
                imports.stream().map(i -> new OffsetsSnapshot.RegistryCheck(i.id(), i.registry().name(), i.source(),
                        i.sha256(), i.fetchedAt())).toList());
    }

    private static OffsetsSnapshot.ProjectLine project(Credit c, String enteredName) {
        Project p = c.project();
        if (p == null) {
            return new OffsetsSnapshot.ProjectLine(c.projectId(), enteredName, null, null, null, null, null, null, List.of(),
                    false, null, null, null, List.of());
        }
        List<OffsetsSnapshot.EvidenceLine> evidence = new ArrayList<>();
        add(evidence, "OFF-3", "boundary, baseline and project scenario", p.boundaryAndBaseline());
        add(evidence, "OFF-3", "monitoring", p.monitoring());
        add(evidence, "OFF-7", "additionality", p.additionality());
        add(evidence, "OFF-8", "permanence", p.permanence());
        add(evidence, "OFF-9", "safeguards", p.safeguards());
        add(evidence, "OFF-10", "verification", p.verification());
        boolean verified = p.verification() != null && p.verificationBody() != null && !p.verificationBody().isBlank();
        return new OffsetsSnapshot.ProjectLine(p.id(), p.name(), p.type().name(), p.storageYears(),
                p.moenvProgramme() == null ? null : p.moenvProgramme().name(), p.methodology(), p.location(), p.developer(),
                p.participants() == null ? List.of() : p.participants(), verified, p.verificationBody(), p.ccpLabel(),
                p.corsiaEligible(), evidence);
    }

    private static void add(List<OffsetsSnapshot.EvidenceLine> lines, String rule, String criterion, Evidence e) {
        if (e != null) {
            lines.add(new OffsetsSnapshot.EvidenceLine(rule, criterion, e.reference()));
        }
    }
}
