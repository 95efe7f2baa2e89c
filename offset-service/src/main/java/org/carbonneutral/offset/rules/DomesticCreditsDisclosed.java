package org.carbonneutral.offset.rules;

import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * OFF-11: a domestic (MOENV) credit discloses its quantity and serial numbers (both required by every entry) and the use
 * stated at retirement, with the public retirement announcement it appears in.
 */
public class DomesticCreditsDisclosed implements Rule<OffsetsFacts> {

    private static final RuleDescription DESCRIPTION = new RuleDescription("OFF-11", Severity.BLOCK,
            "Domestic (MOENV) credits: quantity, serial numbers and use are disclosed at retirement.",
            "國內（環境部）減量額度：註銷時應揭露數量、序號及用途。", "G肆.一 ¶2");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(OffsetsFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (var c : facts.credits()) {
            if (!c.block().registry().domestic()) {
                continue;
            }
            var r = c.retirement();
            if (r.purpose() == null || r.purpose().isBlank()) {
                findings.add(Finding.block("OFF-11", c.field("purpose"), "The use of domestic credits " + r.serialNumber()
                        + " is not stated.", "國內減量額度 " + r.serialNumber() + " 未載明用途。"));
            }
            if (r.publicReference() == null || r.publicReference().isBlank()) {
                findings.add(Finding.block("OFF-11", c.field("publicReference"), "Domestic credits " + r.serialNumber()
                        + " name no public retirement announcement (MOENV 註銷額度公告).",
                        "國內減量額度 " + r.serialNumber() + " 未載明環境部註銷額度公告之出處。"));
            }
        }
        return findings;
    }
}
