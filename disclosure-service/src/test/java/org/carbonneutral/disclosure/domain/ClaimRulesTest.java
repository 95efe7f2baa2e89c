package org.carbonneutral.disclosure.domain;

import static org.carbonneutral.disclosure.PublicationFactsFixture.VERIFIED_CLAIM;
import static org.carbonneutral.disclosure.PublicationFactsFixture.facts;
import static org.carbonneutral.disclosure.PublicationFactsFixture.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.disclosure.domain.ClaimVerification.Validation;
import org.carbonneutral.disclosure.domain.ClaimVerification.ValidationType;
import org.junit.jupiter.api.Test;

/** The claim says no more than its evidence: DIS-7 (the claim's own check) and DIS-8 (its standard in force). */
class ClaimRulesTest {

    static final LocalDate Y2025 = LocalDate.of(2025, 1, 1);
    static final LocalDate Y2026 = LocalDate.of(2026, 1, 1);
    final PublicationPolicy policy = new PublicationPolicy();

    static ClaimVerification validated(ValidationType type) {
        return new ClaimVerification(null, new Validation(type, type == ValidationType.SELF ? "Acme Taiwan Co., Ltd."
                : "BSI Taiwan", null, "VAL-2026-017", LocalDate.of(2026, 4, 15)));
    }

    static List<Finding> of(List<Finding> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Test
    void aPas2060ClaimForAPeriodStartingAfter2025BlocksPublication() {
        var decision = policy.decide(facts(ClaimStandard.PAS_2060, Y2026, validated(ValidationType.INDEPENDENT_THIRD_PARTY)));
        assertTrue(decision.revisions().isEmpty());
        assertEquals(List.of("DIS-8:claimStandard"), fields(of(decision.findings(), "DIS-8")));
        assertEquals(Severity.BLOCK, of(decision.findings(), "DIS-8").get(0).severity());
        assertTrue(policy.decide(facts(ClaimStandard.PAS_2060, Y2025, validated(ValidationType.SELF))).revisions().isPresent(),
                "PAS 2060 for 2025 is still in force");
        assertTrue(of(policy.decide(facts(ClaimStandard.ISO_14068_1, Y2026, VERIFIED_CLAIM)).findings(), "DIS-8").isEmpty());
        assertNull(StandardInForce.refusal(ClaimStandard.PAS_2060, LocalDate.of(2025, 12, 31)));
        assertTrue(StandardInForce.refusal(ClaimStandard.PAS_2060, Y2026).contains("PAS 2060 is withdrawn"));
    }

    @Test
    void aPas2060ClaimWithoutValidationBlocksPublication() {
        var decision = policy.decide(facts(ClaimStandard.PAS_2060, Y2025, null));
        assertTrue(decision.revisions().isEmpty());
        assertEquals(List.of("DIS-7:claimVerification.validation"), fields(of(decision.findings(), "DIS-7")));
        assertEquals(Severity.BLOCK, of(decision.findings(), "DIS-7").get(0).severity());
    }

    @Test
    void anUnverifiedIsoClaimPublishesWithAWarningAndSaysSoInBothLanguages() {
        // the sample's inventory is verified or not: it makes no difference to the claim (a verified inventory is not a
        // verified claim)
        var facts = facts(ClaimStandard.ISO_14068_1, Y2025, null);
        var decision = policy.decide(facts);
        assertTrue(decision.revisions().isPresent());
        assertEquals(List.of("DIS-7:claimVerification.verification"), fields(of(decision.findings(), "DIS-7")));
        assertEquals(Severity.WARN, of(decision.findings(), "DIS-7").get(0).severity());
        var claim = ClaimStatement.of(ClaimStandard.ISO_14068_1, "Acme", Y2025, LocalDate.of(2025, 12, 31), null);
        assertTrue(claim.statementEn().contains("have not been verified (unverified claim)"), claim.statementEn());
        assertTrue(claim.statementZh().contains("未經查證"), claim.statementZh());
        assertFalse(claim.statementEn().toLowerCase(Locale.ROOT).contains("independent"), claim.statementEn());
        Publication published = Publication.of(java.util.UUID.randomUUID(), 1, java.time.OffsetDateTime.now(), facts,
                decision.findings());
        assertTrue(published.reminders().stream().anyMatch(f -> f.ruleId().equals("DIS-7")), "the warning is published");
        assertEquals(claim.statementEn(), published.claim().statementEn());
    }

    @Test
    void aVerifiedIsoClaimNamesItsVerifierStandardAssuranceAndDate() {
        var claim = ClaimStatement.of(ClaimStandard.ISO_14068_1, "Acme", Y2025, LocalDate.of(2025, 12, 31), VERIFIED_CLAIM);
        assertTrue(claim.statementEn().contains("verified by SGS Taiwan Ltd. (TAF 0006) under ISO 14064-3:2019 with "
                + "reasonable assurance; verification statement of 2026-04-15, SGS-CN-2026-0042"), claim.statementEn());
        assertTrue(claim.statementZh().contains("經 SGS Taiwan Ltd.（TAF 0006） 依 ISO 14064-3:2019 查證，合理保證等級"),
                claim.statementZh());
        assertTrue(of(policy.decide(facts(ClaimStandard.ISO_14068_1, Y2025, VERIFIED_CLAIM)).findings(), "DIS-7").isEmpty());
    }

    @Test
    void aPas2060ClaimNamesItsValidationTypeExactlyAndNeverSaysIndependentWithoutAThirdParty() {
        LocalDate end = LocalDate.of(2025, 12, 31);
        for (ValidationType type : List.of(ValidationType.SELF, ValidationType.OTHER_PARTY)) {
            var claim = ClaimStatement.of(ClaimStandard.PAS_2060, "Acme", Y2025, end, validated(type));
            assertFalse(claim.statementEn().toLowerCase(Locale.ROOT).contains("independent"), claim.statementEn());
            assertFalse(claim.statementZh().contains("獨立"), claim.statementZh());
        }
        assertTrue(ClaimStatement.of(ClaimStandard.PAS_2060, "Acme", Y2025, end, validated(ValidationType.SELF))
                .statementEn().contains("(self-validated)"));
        assertTrue(ClaimStatement.of(ClaimStandard.PAS_2060, "Acme", Y2025, end, validated(ValidationType.OTHER_PARTY))
                .statementEn().contains("(other-party validated by BSI Taiwan, 2026-04-15, VAL-2026-017)"));
        var independent = ClaimStatement.of(ClaimStandard.PAS_2060, "Acme", Y2025, end,
                validated(ValidationType.INDEPENDENT_THIRD_PARTY));
        assertTrue(independent.statementEn().contains("independently third-party validated by BSI Taiwan"));
        assertTrue(independent.statementZh().contains("經獨立第三方確證：BSI Taiwan"));
        var none = ClaimStatement.of(ClaimStandard.PAS_2060, "Acme", Y2025, end, null);
        assertTrue(none.statementEn().contains("(not validated)") && none.statementZh().contains("未經確證"));
        assertFalse(none.statementEn().toLowerCase(Locale.ROOT).contains("independent"));
    }

    @Test
    void theCatalogueListsDis7AndDis8() {
        assertEquals(List.of("DIS-2", "DIS-3", "DIS-4", "DIS-7", "DIS-8", "DIS-5"),
                policy.rules().stream().map(r -> r.id()).toList());
    }
}
