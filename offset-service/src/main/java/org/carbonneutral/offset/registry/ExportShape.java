package org.carbonneutral.offset.registry;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.carbonneutral.offset.domain.RegistryStatus;
import org.carbonneutral.offset.serial.Registry;

/**
 * The columns of one registry's public retirement export (each fact under the header names the registry uses, first
 * found wins), which of them an export must have, and how its retirement rows are told from the others.
 */
record ExportShape(Registry registry, Retirements retirements, Map<Fact, List<String>> columns, Set<Fact> required,
        Map<String, RegistryStatus> statuses, Set<String> otherStatuses) {

    /** The facts an export may state about a credit block. */
    enum Fact {
        SERIAL, QUANTITY, STATUS, RETIRED_ON, BENEFICIARY, VINTAGE, VINTAGE_START, VINTAGE_END, PROJECT_ID, ISSUED_ON,
        BENEFICIARY_ID, ACCOUNT_HOLDER, PURPOSE, RETIREMENT_TYPE, ISSUANCE_BATCH, BATCH_QUANTITY
    }

    /** How a retirement row is recognised. */
    enum Retirements {
        /** by its status column, every value of which must be known (Gold Standard). */
        BY_STATUS,
        /** by a retirement date (Verra's transactions: rows without one are issuances). */
        BY_DATE,
        /** every row is one and states its date (the retirement reports of ACR, CAR, ART TREES and MOENV). */
        EVERY_ROW
    }

    private static final Map<Registry, ExportShape> SHAPES = new EnumMap<>(Registry.class);

    static {
        for (Registry r : Registry.values()) {
            SHAPES.put(r, build(r));
        }
    }

    static ExportShape of(Registry registry) {
        return SHAPES.get(registry);
    }

    private static ExportShape build(Registry registry) {
        ExportShape s = new ExportShape(registry, Retirements.BY_DATE, Map.of(), Set.of(), Map.of(), Set.of());
        return switch (registry) {
            case VERRA -> s.require(Fact.SERIAL, "Serial Number").require(Fact.QUANTITY, "Quantity Issued")
                    .require(Fact.RETIRED_ON, "Retirement/Cancellation Date")
                    .require(Fact.BENEFICIARY, "Retirement Beneficiary").allow(Fact.VINTAGE_START, "Vintage Start")
                    .allow(Fact.VINTAGE_END, "Vintage End").allow(Fact.PROJECT_ID, "ID")
                    .allow(Fact.ISSUED_ON, "Issuance Date").allow(Fact.PURPOSE, "Retirement Details")
                    .allow(Fact.RETIREMENT_TYPE, "Retirement Reason");
            case GOLD_STANDARD -> s.by(Retirements.BY_STATUS).require(Fact.SERIAL, "Serial Number")
                    .require(Fact.QUANTITY, "Quantity").require(Fact.STATUS, "Credit Status")
                    .require(Fact.RETIRED_ON, "Retirement Date").require(Fact.BENEFICIARY, "Using Entity")
                    .allow(Fact.VINTAGE, "Vintage").allow(Fact.VINTAGE_START, "Monitoring Period Start")
                    .allow(Fact.VINTAGE_END, "Monitoring Period End").allow(Fact.PROJECT_ID, "GSID")
                    .allow(Fact.ISSUED_ON, "Issuance Date").allow(Fact.PURPOSE, "Note")
                    .allow(Fact.RETIREMENT_TYPE, "Use Case")
                    .statuses(Map.of("retired", RegistryStatus.RETIRED, "cancelled", RegistryStatus.CANCELLED,
                            "canceled", RegistryStatus.CANCELLED), Set.of("issued"));
            case ACR -> s.by(Retirements.EVERY_ROW).require(Fact.SERIAL, "Credit Serial Numbers")
                    .require(Fact.QUANTITY, "Quantity of Credits").require(Fact.RETIRED_ON, "Status Effective (GMT)")
                    .require(Fact.BENEFICIARY, "Retired on Behalf of").allow(Fact.VINTAGE, "Vintage")
                    .allow(Fact.VINTAGE_START, "Vintage Assignment Period Start Date")
                    .allow(Fact.VINTAGE_END, "Vintage Assignment Period End Date").allow(Fact.PROJECT_ID, "Project ID")
                    .allow(Fact.ISSUED_ON, "Date Issued (GMT)").allow(Fact.ACCOUNT_HOLDER, "Account Holder")
                    .allow(Fact.PURPOSE, "Purpose of Retirement").allow(Fact.RETIREMENT_TYPE, "Retirement Reason");
            case CAR -> s.by(Retirements.EVERY_ROW).require(Fact.SERIAL, "Offset Credit Serial Numbers")
                    .require(Fact.QUANTITY, "Quantity of Offset Credits").require(Fact.RETIRED_ON, "Status Effective")
                    .require(Fact.BENEFICIARY, "Retirement Reason Details").allow(Fact.VINTAGE, "Vintage")
                    .allow(Fact.PROJECT_ID, "Project ID").allow(Fact.ACCOUNT_HOLDER, "Account Holder")
                    .allow(Fact.PURPOSE, "Retirement Reason Details").allow(Fact.RETIREMENT_TYPE, "Retirement Reason");
            case ART_TREES -> s.by(Retirements.EVERY_ROW).require(Fact.SERIAL, "Credit Serial Numbers")
                    .require(Fact.QUANTITY, "Quantity of Credits").require(Fact.RETIRED_ON, "Status Effective")
                    .require(Fact.BENEFICIARY, "Retired on Behalf of").allow(Fact.VINTAGE, "Vintage")
                    .allow(Fact.PROJECT_ID, "Program ID").allow(Fact.ACCOUNT_HOLDER, "Account Holder")
                    .allow(Fact.PURPOSE, "Purpose of Retirement").allow(Fact.RETIREMENT_TYPE, "Retirement Reason");
            case MOENV -> s.by(Retirements.EVERY_ROW).require(Fact.SERIAL, "使用額度編碼").require(Fact.QUANTITY, "使用額度")
                    .require(Fact.RETIRED_ON, "申請時間").require(Fact.BENEFICIARY, "註銷持有名稱")
                    .require(Fact.RETIREMENT_TYPE, "註銷之類型").allow(Fact.PURPOSE, "註銷原因 / 用途", "註銷原因/用途")
                    .allow(Fact.BENEFICIARY_ID, "統一編號", "營利事業統一編號", "統編");
            case CDM, PURO_EARTH, GCC, PACM -> s.require(Fact.SERIAL, "serial").require(Fact.QUANTITY, "quantity")
                    .require(Fact.RETIRED_ON, "retired_on").require(Fact.BENEFICIARY, "beneficiary")
                    .allow(Fact.VINTAGE, "vintage").allow(Fact.PROJECT_ID, "project_id")
                    .allow(Fact.ISSUED_ON, "issued_on").allow(Fact.PURPOSE, "purpose")
                    .allow(Fact.RETIREMENT_TYPE, "retirement_type").allow(Fact.ISSUANCE_BATCH, "batch")
                    .allow(Fact.BATCH_QUANTITY, "batch_quantity");
        };
    }

    private ExportShape by(Retirements how) {
        return new ExportShape(registry, how, columns, required, statuses, otherStatuses);
    }

    private ExportShape require(Fact fact, String... names) {
        Set<Fact> r = new LinkedHashSet<>(required);
        r.add(fact);
        return allow(fact, names).withRequired(r);
    }

    private ExportShape withRequired(Set<Fact> r) {
        return new ExportShape(registry, retirements, columns, Set.copyOf(r), statuses, otherStatuses);
    }

    private ExportShape allow(Fact fact, String... names) {
        Map<Fact, List<String>> c = new LinkedHashMap<>(columns);
        c.put(fact, List.of(names));
        return new ExportShape(registry, retirements, c, required, statuses, otherStatuses);
    }

    private ExportShape statuses(Map<String, RegistryStatus> used, Set<String> other) {
        return new ExportShape(registry, retirements, columns, required, used, other);
    }

    /** The columns every export of this registry has, in the order a message lists them. */
    List<String> requiredColumns() {
        List<String> names = new ArrayList<>();
        columns.forEach((fact, candidates) -> {
            if (required.contains(fact)) {
                names.add(candidates.get(0));
            }
        });
        return names;
    }

    /** The status a value of the status column stands for; null for a known status that is no retirement. */
    RegistryStatus status(String value) {
        return statuses.get(value.trim().toLowerCase(Locale.ROOT));
    }

    boolean knownStatus(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return statuses.containsKey(v) || otherStatuses.contains(v);
    }

    /** The status values a message lists as expected. */
    List<String> knownStatuses() {
        List<String> known = new ArrayList<>(statuses.keySet());
        known.addAll(otherStatuses);
        return known.stream().sorted().map(v -> v.substring(0, 1).toUpperCase(Locale.ROOT) + v.substring(1)).toList();
    }
}
