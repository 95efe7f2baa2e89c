package org.carbonneutral.contracts.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.UUID;
import org.carbonneutral.contracts.ClaimStandard;
import org.carbonneutral.contracts.SubjectType;
import org.carbonneutral.contracts.events.DeclarationOpened;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

    static final String OPENED = """
            {"declarationId":"7d3c1e4a-3b8e-4a55-9a43-2f7b8c0e1d22","subjectType":"PRODUCT","subjectName":"Bottled tea",
             "boundary":"Cradle to grave","periodStart":"2025-01-01","periodEnd":"2025-12-31","claimStandard":"PAS_2060",
             "addedLater":true}""";

    @Test
    void anEventIsReadAsWrittenAndAPropertyAddedLaterIsIgnored() {
        DeclarationOpened opened = Json.read(OPENED, DeclarationOpened.class);
        assertEquals(new DeclarationOpened(UUID.fromString("7d3c1e4a-3b8e-4a55-9a43-2f7b8c0e1d22"), SubjectType.PRODUCT,
                "Bottled tea", "Cradle to grave", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                ClaimStandard.PAS_2060), opened);
        assertEquals(opened, Json.read(Json.write(opened), DeclarationOpened.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"subjectType\":1", "\"subjectType\":\"1\"", "\"subjectName\":42", "\"subjectName\":true",
        "\"claimStandard\":\"\""})
    void aValueOfAnotherJsonTypeIsNotCoerced(String replacement) {
        String json = OPENED.replaceFirst("\"" + replacement.substring(1, replacement.indexOf("\":")) + "\":\"[^\"]*\"",
                replacement);
        assertThrows(UncheckedIOException.class, () -> Json.read(json, DeclarationOpened.class), json);
    }
}
