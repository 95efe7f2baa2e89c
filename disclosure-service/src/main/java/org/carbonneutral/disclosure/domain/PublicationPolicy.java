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
 * revision, and pathway and offsets were both approved against that same approved inventory revision. Pure: the
 * saga asks it after every event, whatever order the events came in.
 */
public class PublicationPolicy implements Rule<PublicationPolicy.Parts> {

    private static final RuleDescription DESCRIPTION = new RuleDescription("DIS-5", Severity.BLOCK,
            "Published only when inventory, pathway and offsets are each approved, for the same revisions.",
            "盤查、路徑與抵銷三部分均經核准且對應同一版本後，始得公開宣告。", "suite");

    /** The three parts as the saga knows them. */
    public record Parts(PartRevisions inventory, PartRevisions pathway, PartRevisions offsets) {
    }

    /** The exact set of revisions a publication is made for. */
    public record Revisions(int inventory, int pathway, int offsets) {
    }

    @Override
    public RuleDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(Parts parts) {
        List<Finding> blockers = new ArrayList<>();
        approved(blockers, "inventory", "盤查", parts.inventory());
        approved(blockers, "pathway", "減量路徑", parts.pathway());
        approved(blockers, "offsets", "抵銷", parts.offsets());
        Integer inventory = parts.inventory().approved();
        if (inventory != null) {
            sameInventory(blockers, "pathway", "減量路徑", parts.pathway(), inventory);
            sameInventory(blockers, "offsets", "抵銷", parts.offsets(), inventory);
        }
        return blockers;
    }

    /** The revisions to publish, or null while anything blocks. */
    public Revisions ready(Parts parts) {
        if (!check(parts).isEmpty()) {
            return null;
        }
        return new Revisions(parts.inventory().approved(), parts.pathway().approved(), parts.offsets().approved());
    }

    private static void approved(List<Finding> blockers, String part, String partZh, PartRevisions state) {
        if (state.approved() == null) {
            blockers.add(Finding.block("DIS-5", part, "The " + part + " is not approved"
                            + (state.latest() == null ? "." : " (latest revision " + state.latest() + ")."),
                    partZh + "尚未核准" + (state.latest() == null ? "。" : "（最新版本 " + state.latest() + "）。")));
        } else if (!Objects.equals(state.approved(), state.latest())) {
            blockers.add(Finding.block("DIS-5", part, "The " + part + " approval is of revision " + state.approved()
                            + " but revision " + state.latest() + " is the latest.",
                    partZh + "核准之版本 " + state.approved() + " 並非最新版本 " + state.latest() + "。"));
        }
    }

    private static void sameInventory(List<Finding> blockers, String part, String partZh, PartRevisions state,
            int inventory) {
        if (state.approved() != null && !Objects.equals(state.inventoryRevision(), inventory)) {
            blockers.add(Finding.block("DIS-5", part, "The " + part + " was approved against inventory revision "
                            + state.inventoryRevision() + ", but the approved inventory is revision " + inventory
                            + "; it must be approved again.",
                    partZh + "係依盤查版本 " + state.inventoryRevision() + " 核准，而已核准之盤查為版本 " + inventory + "，須重新核准。"));
        }
    }
}
