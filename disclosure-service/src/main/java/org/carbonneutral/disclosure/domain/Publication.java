package org.carbonneutral.disclosure.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.InventoryApproved;
import org.carbonneutral.contracts.events.OffsetsApproved;
import org.carbonneutral.contracts.events.PathwayApproved;

/**
 * The content of one published version, built only from approved snapshots. Stored as canonical JSON; its SHA-256
 * digest is recomputable by anyone from the stored text.
 */
public record Publication(
        UUID declarationId,
        int version,
        OffsetDateTime publishedAt,
        Subject subject,
        Claim claim,
        InventoryApproved inventory,
        PathwayApproved pathway,
        OffsetsApproved offsets) {

    public record Subject(SubjectType type, String name, String boundary, LocalDate periodStart, LocalDate periodEnd) {
    }

    public record Claim(ClaimStandard standard, String statementEn, String statementZh) {
    }

    public static Claim claim(ClaimStandard standard, String subjectName, LocalDate start, LocalDate end) {
        String std = standard == ClaimStandard.PAS_2060 ? "PAS 2060:2014" : "ISO 14068-1:2023";
        return new Claim(standard,
                subjectName + " is carbon neutral for the period " + start + " to " + end + ", in accordance with " + std
                        + " and the MOENV Guidelines for Corporate Carbon-Neutrality Declarations.",
                subjectName + " 於 " + start + " 至 " + end + " 期間達成碳中和，依據 " + std + " 及環境部「企業宣告碳中和指引」。");
    }
}
