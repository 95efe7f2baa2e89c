package org.carbonneutral.inventory.upload;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One validated row of uploaded activity data, as stored in {@code activity_record}. */
public record ActivityRow(long line, String source, BigDecimal quantity, String unit, LocalDate periodStart,
        LocalDate periodEnd, String evidence, String factorIds, String lookupKind, String lookupActivity, String lookupSet,
        Integer lookupYear) {
}
