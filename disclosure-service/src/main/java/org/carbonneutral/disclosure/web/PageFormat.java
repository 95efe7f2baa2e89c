package org.carbonneutral.disclosure.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.InventorySnapshot;

/**
 * How the public page writes figures, times and recurring facts: tCO2e with 3 decimals, grouped; percentages as
 * approved; times in Taiwan's time zone; a dash for what was not given.
 */
final class PageFormat {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC+8'");

    private PageFormat() {
    }

    static String tonnes(BigDecimal value, PageText t) {
        return value == null ? "—" : grouped(value, "#,##0.000") + " " + t.get("tco2e");
    }

    static String grouped(BigDecimal value, String pattern) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }

    static String percent(BigDecimal value) {
        return value == null ? "—" : value.toPlainString() + " %";
    }

    static String time(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(TAIPEI).format(TIME);
    }

    static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    /** Whether the inventory is third-party verified, and by whom, to what level, when. */
    static String verification(InventorySnapshot inv, PageText t) {
        var v = inv.verification();
        if (v == null || !v.verified()) {
            return t.get("notVerified");
        }
        return t.get("verified") + ": " + v.body() + (v.accreditation() == null ? "" : " (" + v.accreditation() + ")")
                + (v.assuranceLevel() == null ? "" : ", " + v.assuranceLevel()) + (v.statementDate() == null ? ""
                : ", " + v.statementDate());
    }

    static String subjectType(SubjectType type, PageText t) {
        return type == SubjectType.ORGANISATION ? t.get("organisation") : t.label(type.name());
    }
}
