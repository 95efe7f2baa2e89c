package org.carbonneutral.offset.rules;

import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * OFF-6: only issued (ex-post) credits. A credit marked ex-ante, one without its issuance date, one retired before it
 * was issued, and one whose vintage ends after it was retired (a reduction that had not happened yet) all block.
 */
public class ExPostCreditsOnly implements Rule<OffsetsFacts> {

    private static final RuleDescription DESCRIPTION = new RuleDescription("OFF-6", Severity.BLOCK,
            "Only issued (ex-post) credits; no contracted future reductions.", "僅得使用已核發（事後）之額度；不得使用約定之未來減量。",
            "ISO");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(OffsetsFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (var c : facts.credits()) {
            var r = c.retirement();
            String serial = r.serialNumber();
            if (Boolean.TRUE.equals(r.exAnte())) {
                findings.add(Finding.block("OFF-6", c.field("exAnte"), serial + " is an ex-ante (forward) credit: only "
                        + "issued credits for reductions that happened count.", serial + " 為事前（預期）額度：僅得使用已發生且已核發之減量額度。"));
            }
            if (r.issuedOn() == null) {
                findings.add(Finding.block("OFF-6", c.field("issuedOn"), "The issuance date of " + serial
                        + " is not stated: only issued credits count.", "未載明 " + serial + " 之核發日期：僅得使用已核發之額度。"));
            } else if (r.retiredOn().isBefore(r.issuedOn())) {
                findings.add(Finding.block("OFF-6", c.field("issuedOn"), serial + " was retired on " + r.retiredOn()
                        + ", before it was issued on " + r.issuedOn() + ".", serial + " 於 " + r.retiredOn() + " 註銷，早於核發日 "
                        + r.issuedOn() + "。"));
            }
            var record = Reconciliation.recordOf(facts, c);
            if (record != null && record.issuedOn() != null && record.vintageEnd() != null
                    && record.issuedOn().isBefore(record.vintageEnd())) {
                findings.add(Finding.block("OFF-6", c.field("issuedOn"), "The registry issued " + serial + " on "
                        + record.issuedOn() + ", before its monitoring period ended on " + record.vintageEnd()
                        + ": not a reduction that had happened (ex-post).", "登錄平台於 " + record.issuedOn() + " 核發 "
                        + serial + "，早於其監測期間結束日 " + record.vintageEnd() + "：非已發生之減量（事後）。"));
            }
            if (c.vintageYear() != null && c.vintageYear() > r.retiredOn().getYear()) {
                findings.add(Finding.block("OFF-6", c.field("vintageYear"), "The vintage of " + serial + " ends in "
                        + c.vintageYear() + ", after its retirement on " + r.retiredOn() + ": a future reduction.",
                        serial + " 之年份 " + c.vintageYear() + " 晚於其註銷日 " + r.retiredOn() + "：屬未來之減量。"));
            }
        }
        return findings;
    }
}
