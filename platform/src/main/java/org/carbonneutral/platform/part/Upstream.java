package org.carbonneutral.platform.part;

import org.carbonneutral.contracts.EventType;

/**
 * A part another part rests on: its approval must stand, for the revision the approval names, before the dependent
 * part can be approved, and when it falls, so does the dependent approval.
 *
 * @param name     the upstream part's name ("inventory")
 * @param approved the event type of its approvals (payload a {@link org.carbonneutral.contracts.PartApproval})
 * @param revoked  the event type of its revocations (payload a {@link org.carbonneutral.contracts.PartApprovalRevocation})
 * @param readByRules whether the part's rules read the upstream's snapshot: then an approval is refused without it
 *                 before the rules are evaluated; otherwise (an order only) after the rules found nothing blocking
 * @param why      why the order matters, appended to the refusal of an approval without it (may be empty)
 */
public record Upstream(String name, EventType approved, EventType revoked, boolean readByRules, String why) {
}
