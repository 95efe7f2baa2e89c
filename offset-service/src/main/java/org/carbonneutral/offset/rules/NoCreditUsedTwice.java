package org.carbonneutral.offset.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.offset.domain.Credit;
import org.carbonneutral.offset.domain.RegistryRecord;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * OFF-2: each serial number maps to one tonne and one claim. Within the suite the ledger's exclusion constraint makes a
 * second claim impossible (409 at entry); against the registry's public records, each block must be found retired
 * (whole), under the declaration's beneficiary, and no one else's retirement may overlap it. A public record without a
 * beneficiary is a warning: the claim cannot be tied to the company from the record alone.
 */
public class NoCreditUsedTwice implements Rule<OffsetsFacts> {

    private static final RuleDescription DESCRIPTION = new RuleDescription("OFF-2", Severity.BLOCK,
            "A credit already retired (or cancelled) is never used again; each serial number maps to exactly one tCO2e and "
                    + "one claim (no overlap of serial ranges, within the suite and against the registry's public records).",
            "已註銷（或已取消）之額度不得重複使用；每一序號僅對應1公噸CO2e及一項宣告（序號區間不得重疊，於本系統內及與登錄平台公開紀錄比對皆然）。",
            "G參.三 ¶2, (一)2–3, (一)5");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(OffsetsFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (Credit c : facts.credits()) {
            var ours = c.block();
            List<RegistryRecord> overlapping = facts.registryRecords().stream().filter(r -> r.block().overlaps(ours)).toList();
            String serial = c.retirement().serialNumber();
            if (overlapping.isEmpty()) {
                findings.add(Finding.block("OFF-2", c.field("serialNumber"), "Block " + ours.describe() + " (" + serial
                        + ") is not in the public retirement records imported for " + ours.registry().title()
                        + ": it is checked again once the suite has fetched a registry export that lists it.",
                        "序號區間 " + ours.describe() + "（" + serial + "）不在已匯入之 " + ours.registry().title()
                                + " 公開註銷紀錄中：待系統自登錄平台取得列有該註銷之資料後再行比對。"));
                continue;
            }
            String beneficiary = c.retirement().beneficiary();
            boolean covered = false;
            for (RegistryRecord r : overlapping) {
                boolean contains = r.block().contains(ours);
                boolean unnamed = r.beneficiary() == null || r.beneficiary().isBlank();
                boolean ourName = !unnamed && sameParty(beneficiary, r.beneficiary());
                if (!unnamed && !ourName) {
                    findings.add(Finding.block("OFF-2", c.field("serialNumber"), "The registry's public records show "
                            + r.block().describe() + " (" + r.serialNumber() + ") retired on behalf of '" + r.beneficiary()
                            + "', overlapping this declaration's block " + ours.describe() + ": these credits serve "
                            + "another claim.", "登錄平台公開紀錄顯示 " + r.block().describe() + "（" + r.serialNumber()
                            + "）係代「" + r.beneficiary() + "」註銷，與本宣告之序號區間 " + ours.describe()
                            + " 重疊：該額度已用於他人之宣告。"));
                } else if (contains) {
                    covered = true;
                    if (unnamed) {
                        findings.add(Finding.warn("OFF-2", c.field("beneficiary"), "The registry's public record of "
                                + r.serialNumber() + " names no beneficiary: keep the retirement certificate naming "
                                + "the company.", "登錄平台之公開紀錄 " + r.serialNumber() + " 未載明受益者：請保存載明公司之註銷證明。"));
                    }
                }
            }
            if (!covered && findings.stream().noneMatch(f -> f.field().equals(c.field("serialNumber")))) {
                findings.add(Finding.block("OFF-2", c.field("serialNumber"), "The public records cover only part of block "
                        + ours.describe() + ": the whole block must be found retired.",
                        "公開紀錄僅涵蓋序號區間 " + ours.describe() + " 之一部分：整個區間均應查有註銷紀錄。"));
            }
        }
        return findings;
    }

    /** Whether two names denote the same party: equal, or one contains the other, ignoring case and spacing. */
    static boolean sameParty(String ours, String theirs) {
        if (ours == null || ours.isBlank()) {
            return false;
        }
        String a = squash(ours);
        String b = squash(theirs);
        return a.contains(b) || b.contains(a);
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s.,()（）]+", "");
    }
}
