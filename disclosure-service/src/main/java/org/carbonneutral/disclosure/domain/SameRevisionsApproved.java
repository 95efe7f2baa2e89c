package org.carbonneutral.disclosure.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * DIS-5: a declaration is published only when inventory, pathway and offsets each hold an approval of their latest
 * revision, pathway and offsets were both approved against that same approved inventory revision, and the offsets
 * after the approved pathway revision. An approval held but stored in a form that can no longer be read is approved
 * again before it is published. Each part that falls short blocks with a finding naming it.
 */
public class SameRevisionsApproved implements Rule<PublicationFacts> {

    private static final RuleDescription DESCRIPTION = new RuleDescription("DIS-5", Severity.BLOCK,
            "Published only when inventory, pathway and offsets are each approved, for the same revisions.",
            "盤查、路徑與抵銷三部分均經核准且對應同一版本後，始得公開宣告。", "suite");

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(PublicationFacts f) {
        List<Finding> blockers = new ArrayList<>();
        PartStates parts = f.parts();
        approved(blockers, "inventory", "盤查", parts.inventory());
        approved(blockers, "pathway", "減量路徑", parts.pathway());
        approved(blockers, "offsets", "抵銷", parts.offsets());
        Integer inventory = parts.inventory().approvedRevision();
        if (inventory != null) {
            sameInventory(blockers, "pathway", "減量路徑", parts.pathway(), inventory);
            sameInventory(blockers, "offsets", "抵銷", parts.offsets(), inventory);
        }
        if (blockers.isEmpty()) {
            readable(blockers, "inventory", "盤查", f.inventory());
            readable(blockers, "pathway", "減量路徑", f.pathway());
            readable(blockers, "offsets", "抵銷", f.offsets());
            if (f.offsets() != null && f.pathway() != null
                    && !Objects.equals(f.offsets().snapshot().pathwayRevision(), f.pathway().revision())) {
                blockers.add(Finding.block("DIS-5", "offsets", "The offsets were approved after pathway revision "
                        + f.offsets().snapshot().pathwayRevision() + ", but the approved pathway is revision "
                        + f.pathway().revision() + "; approve the offsets again.", "抵銷係於減量路徑版本 "
                        + f.offsets().snapshot().pathwayRevision() + " 後核准，而已核准之減量路徑為版本 "
                        + f.pathway().revision() + "，須重新核准抵銷。"));
            }
        }
        return blockers;
    }

    private static void approved(List<Finding> blockers, String part, String partZh, PartState state) {
        if (state.approvedRevision() == null) {
            blockers.add(Finding.block("DIS-5", part, "The " + part + " is not approved"
                            + (state.latestRevision() == null ? "." : " (latest revision " + state.latestRevision() + ")."),
                    partZh + "尚未核准" + (state.latestRevision() == null ? "。" : "（最新版本 " + state.latestRevision() + "）。")));
        } else if (!Objects.equals(state.approvedRevision(), state.latestRevision())) {
            blockers.add(Finding.block("DIS-5", part, "The " + part + " approval is of revision "
                            + state.approvedRevision() + " but revision " + state.latestRevision() + " is the latest.",
                    partZh + "核准之版本 " + state.approvedRevision() + " 並非最新版本 " + state.latestRevision() + "。"));
        }
    }

    private static void sameInventory(List<Finding> blockers, String part, String partZh, PartState state,
            int inventory) {
        if (state.approvedRevision() != null && !Objects.equals(state.inventoryRevision(), inventory)) {
            blockers.add(Finding.block("DIS-5", part, "The " + part + " was approved against inventory revision "
                            + state.inventoryRevision() + ", but the approved inventory is revision " + inventory
                            + "; it must be approved again.",
                    partZh + "係依盤查版本 " + state.inventoryRevision() + " 核准，而已核准之盤查為版本 " + inventory + "，須重新核准。"));
        }
    }

    /** An approval held (its part is approved) but not readable: stored in an earlier form. */
    private static void readable(List<Finding> blockers, String part, String partZh, Object approval) {
        if (approval == null) {
            blockers.add(Finding.block("DIS-5", part, "The " + part + " approval is stored in an earlier format and "
                    + "cannot be published: approve the " + part + " again.", partZh + "之核准紀錄為舊格式，無法公開：請重新核准。"));
        }
    }
}
