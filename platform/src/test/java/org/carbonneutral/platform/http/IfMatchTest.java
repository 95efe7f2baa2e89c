package org.carbonneutral.platform.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carbonneutral.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void strongWeakBareListedAndAnyTagsMatch() {
        assertTrue(IfMatch.matches("\"3\"", 3));
        assertTrue(IfMatch.matches("W/\"3\"", 3));
        assertTrue(IfMatch.matches(" 3 ", 3));
        assertTrue(IfMatch.matches("\"1\", \"3\"", 3));
        assertTrue(IfMatch.matches("*", 3));
    }

    @Test
    void otherRevisionsAndLookalikesDoNotMatch() {
        assertFalse(IfMatch.matches("\"2\"", 3));
        assertFalse(IfMatch.matches("\"33\"", 3));
        assertFalse(IfMatch.matches("\"3", 3));
        assertFalse(IfMatch.matches("W/\"\"", 3));
    }

    @Test
    void missingIs428AndStaleIs412() {
        assertEquals(428, assertThrows(ProblemException.class, () -> IfMatch.require(null, 3, "inventory")).status());
        assertEquals(428, assertThrows(ProblemException.class, () -> IfMatch.require(" ", 3, "inventory")).status());
        assertEquals(412, assertThrows(ProblemException.class, () -> IfMatch.require("\"2\"", 3, "inventory")).status());
        assertDoesNotThrow(() -> IfMatch.require("\"3\"", 3, "inventory"));
    }
}
