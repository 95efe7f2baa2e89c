package org.carbonneutral.offset.rules;

import java.util.ArrayList;
import java.util.List;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Organisation;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.offset.domain.Credit;
import org.carbonneutral.offset.domain.Credits;
import org.carbonneutral.offset.domain.RegistryRecord;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * OFF-2: each serial number maps to one tonne and one claim. Within the suite the ledger's exclusion constraint makes a
 * second claim impossible (409 when the credits are approved). Against the registry's public records, which the suite
 * fetches from the registries itself (never a claimant's upload), each claimed block is reconciled with its record:
 * retired as a whole for the declaring organisation (exact name or business number), with the quantity, retirement
 * date, vintage, project and issuance date the claim states, for a use compatible with a voluntary claim. Each
 * mismatch is its own finding naming the field and both values.
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
        Organisation us = facts.organisation();
        if (us == null && !facts.credits().isEmpty()) {
            findings.add(Finding.block("OFF-2", "organisation", "The declaration does not name its organisation (legal "
                    + "name, other names, business number): no registry record can be tied to it.",
                    "宣告未載明宣告組織（法定名稱、其他名稱、統一編號）：無法將任何登錄平台紀錄對應至該組織。"));
        }
        for (Credit c : facts.credits()) {
            reconcile(facts, us, c, findings);
        }
        return findings;
    }

    private static void reconcile(OffsetsFacts facts, Organisation us, Credit c, List<Finding> findings) {
        var ours = c.block();
        String serial = c.retirement().serialNumber();
        List<RegistryRecord> overlapping = Reconciliation.overlapping(facts, c);
        if (overlapping.isEmpty()) {
            findings.add(Finding.block("OFF-2", c.field("serialNumber"), "Block " + ours.describe() + " (" + serial
                    + ") is not in " + ours.registry().title() + "'s public retirement records as the suite last fetched "
                    + "them: the credits must be retired in the registry before they are claimed.",
                    "序號區間 " + ours.describe() + "（" + serial + "）不在本系統最近自 " + ours.registry().title()
                            + " 取得之公開註銷紀錄中：額度應先於登錄平台註銷，方得用於宣告。"));
            return;
        }
        boolean foreign = false;
        for (RegistryRecord r : overlapping) {
            if (!Reconciliation.forUs(us, r)) {
                foreign = true;
                String whom = r.beneficiary() == null || r.beneficiary().isBlank() ? "names no beneficiary"
                        : "was retired on behalf of '" + r.beneficiary() + "'";
                findings.add(Finding.block("OFF-2", c.field("serialNumber"), "The registry's public record of "
                        + r.block().describe() + " (" + r.serialNumber() + ") " + whom + ", not "
                        + (us == null ? "the declaring organisation" : "'" + us.legalName() + "'") + ": it overlaps this "
                        + "declaration's block " + ours.describe() + " and cannot serve its claim.",
                        "登錄平台之公開紀錄 " + r.block().describe() + "（" + r.serialNumber() + "）"
                                + (r.beneficiary() == null || r.beneficiary().isBlank() ? "未載明受益者"
                                        : "係代「" + r.beneficiary() + "」註銷")
                                + "，並非本宣告組織；與本宣告之序號區間 " + ours.describe() + " 重疊，不得用於本宣告。"));
            }
        }
        if (foreign) {
            return;
        }
        RegistryRecord r = Reconciliation.whole(overlapping, c);
        if (r == null) {
            String records = String.join(", ", overlapping.stream().map(x -> x.block().describe() + " (" + x.quantity()
                    + " t)").toList());
            findings.add(Finding.block("OFF-2", c.field("quantity"), "Block " + ours.describe() + " (" + c.quantity()
                    + " t) is not one retirement in the registry's records, which show " + records + ": claim each "
                    + "retirement as the registry made it, whole.", "序號區間 " + ours.describe() + "（" + c.quantity()
                    + " 公噸）與登錄平台紀錄之註銷不一致（紀錄為 " + records + "）：請依登錄平台之註銷逐筆完整申報。"));
            return;
        }
        var claim = c.retirement();
        mismatch(findings, c, "quantity", c.quantity(), r.quantity(), "數量");
        mismatch(findings, c, "retiredOn", claim.retiredOn(), r.retiredOn(), "註銷日期");
        mismatch(findings, c, "vintageYear", c.vintageYear(), r.vintageYear(), "年份");
        if (c.projectId() != null && r.projectId() != null && !Credits.sameProject(c.projectId(), r.projectId())) {
            mismatch(findings, c, "projectId", c.projectId(), r.projectId(), "專案");
        }
        mismatch(findings, c, "issuedOn", claim.issuedOn(), r.issuedOn(), "核發日期");
        String use = Reconciliation.complianceUse(r);
        if (use != null) {
            findings.add(Finding.block("OFF-2", c.field("purpose"), "The registry records " + r.serialNumber()
                    + " as retired for '" + use + "': credits retired for a compliance obligation or another claim "
                    + "cannot serve a voluntary carbon-neutrality claim.", "登錄平台紀錄 " + r.serialNumber() + " 之註銷用途為「"
                    + use + "」：為法定義務或其他宣告註銷之額度，不得用於自願性碳中和宣告。"));
        }
    }

    /** A finding when the registry states {@code registry} and the claim says otherwise (or nothing). */
    private static void mismatch(List<Finding> findings, Credit c, String field, Object claimed, Object registry,
            String zhField) {
        if (registry == null || registry.equals(claimed)) {
            return;
        }
        findings.add(Finding.block("OFF-2", c.field(field), "The claim states " + field + " " + claimed + " for "
                + c.retirement().serialNumber() + "; the registry's record says " + registry + ".",
                "宣告所載 " + c.retirement().serialNumber() + " 之" + zhField + "為 " + claimed + "；登錄平台紀錄為 " + registry
                        + "。"));
    }
}
