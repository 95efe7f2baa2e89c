package org.carbonneutral.contracts.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What an approved offsets revision says, enough for disclosure items (6)–(8): the residual it covers and its share of
 * the total emissions (percent, 2 decimals HALF_UP), the whole tonnes required (residual rounded up) and retired, each
 * credit with its block, project and due diligence, where its retirement is public and whether the registry's public
 * records confirmed it, and the registry exports it was checked against (with their SHA-256). The inventory revision
 * is the approval's own; {@code pathwayRevision} is the approved pathway revision (against the same inventory revision)
 * known when the credits were approved, null when there was none.
 */
public record OffsetsSnapshot(
        BigDecimal residualTco2e,
        BigDecimal totalTco2e,
        BigDecimal residualSharePercent,
        long requiredTonnes,
        long retiredTonnes,
        Integer pathwayRevision,
        List<RetirementLine> retirements,
        List<RegistryCheck> registryChecks) {

    public record RetirementLine(
            String registry,
            String serialNumber,
            String batchKey,
            long blockStart,
            long blockEnd,
            long quantity,
            int vintageYear,
            LocalDate issuedOn,
            LocalDate retiredOn,
            String beneficiary,
            String purpose,
            String publicReference,
            boolean confirmedByRegistryRecords,
            ProjectLine project) {
    }

    public record ProjectLine(
            String id,
            String name,
            String type,
            Integer storageYears,
            String moenvProgramme,
            String methodology,
            String location,
            String developer,
            List<String> participants,
            boolean verified,
            String verificationBody,
            Boolean ccpLabel,
            Boolean corsiaEligible,
            List<EvidenceLine> evidence) {
    }

    /** One due-diligence criterion (rule id) and its evidence reference. */
    public record EvidenceLine(String ruleId, String criterion, String reference) {
    }

    public record RegistryCheck(UUID importId, String registry, String source, String sha256, OffsetDateTime importedAt) {
    }
}
