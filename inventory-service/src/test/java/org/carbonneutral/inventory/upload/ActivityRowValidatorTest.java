package org.carbonneutral.inventory.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityRowValidatorTest {

    @Test
    void datesAreStrictIso() {
        List<RowError> errors = new ArrayList<>();
        assertEquals(LocalDate.of(2024, 2, 29), ActivityRowValidator.date(2, "d", "2024-02-29", errors));
        assertNull(ActivityRowValidator.date(3, "d", "2025-02-29", errors));
        assertNull(ActivityRowValidator.date(4, "d", "2025-1-01", errors));
        assertNull(ActivityRowValidator.date(5, "d", "2025-13-01", errors));
        assertNull(ActivityRowValidator.date(6, "d", "", errors));
        assertEquals(List.of(3L, 4L, 5L), errors.stream().map(RowError::line).toList());
    }
}
