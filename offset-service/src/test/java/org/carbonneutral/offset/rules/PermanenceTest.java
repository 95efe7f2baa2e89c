package org.carbonneutral.offset.rules;

import static org.carbonneutral.offset.rules.OffsetsRulesTest.BENEFICIARY;
import static org.carbonneutral.offset.rules.OffsetsRulesTest.SERIAL;
import static org.carbonneutral.offset.rules.OffsetsRulesTest.credit;
import static org.carbonneutral.offset.rules.OffsetsRulesTest.evidence;
import static org.carbonneutral.offset.rules.OffsetsRulesTest.facts;
import static org.carbonneutral.offset.rules.OffsetsRulesTest.fields;
import static org.carbonneutral.offset.rules.OffsetsRulesTest.project;
import static org.carbonneutral.offset.rules.OffsetsRulesTest.record;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.carbonneutral.offset.domain.OffsetsContent;
import org.carbonneutral.offset.domain.OffsetsContent.Evidence;
import org.carbonneutral.offset.domain.OffsetsContent.Project;
import org.carbonneutral.offset.domain.OffsetsContent.Retirement;
import org.junit.jupiter.api.Test;

/** OFF-8 for every project type: permanence stated, and the buffer or reversal compensation named where reversible. */
class PermanenceTest {

    final OffsetsRules rules = new OffsetsRules();

    @Test
    void landUseProjectsNameTheirBufferEvenWhenTheyDoNotSaySoThemselves() {
        Retirement ours = credit(SERIAL, null, 2023, LocalDate.of(2025, 3, 1));
        var records = List.of(record(SERIAL, BENEFICIARY));
        Project reduction = project("A0000070", OffsetsContent.ProjectType.AVOIDANCE, false, true);
        // REDD+ entered as an avoidance "without reversal risk": its name gives it away
        Project redd = new Project(reduction.registry(), reduction.id(), "Bale Mountains Eco-region REDD+ project",
                reduction.type(), null, null, "VM0015", reduction.location(), reduction.developer(),
                reduction.participants(), reduction.verificationBody(), reduction.boundaryAndBaseline(),
                reduction.monitoring(), reduction.additionality(), false, evidence("permanence"), null, null,
                reduction.safeguards(), reduction.verification(), true, null);
        assertEquals(List.of("OFF-8:projects[0].reversalCompensation"),
                fields(rules.evaluate(facts("1", List.of(redd), List.of(ours), records))));
        // flagged as land use, no buffer named; then named
        assertEquals(List.of("OFF-8:projects[0].reversalCompensation"), fields(rules.evaluate(facts("1",
                List.of(withPermanence(reduction, evidence("permanence"), true, null)), List.of(ours), records))));
        assertEquals(List.of(), fields(rules.evaluate(facts("1", List.of(withPermanence(reduction,
                evidence("permanence"), true, "Verra AFOLU pooled buffer account")), List.of(ours), records))));
    }

    static Project withPermanence(Project p, Evidence permanence, Boolean landUse, String compensation) {
        return new Project(p.registry(), p.id(), p.name(), p.type(), p.storageYears(), p.moenvProgramme(), p.methodology(),
                p.location(), p.developer(), p.participants(), p.verificationBody(), p.boundaryAndBaseline(), p.monitoring(),
                p.additionality(), p.reversalRisk(), permanence, landUse, compensation, p.safeguards(), p.verification(),
                p.ccpLabel(), p.corsiaEligible());
    }

}
