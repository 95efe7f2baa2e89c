package org.carbonneutral.inventory.upload;

/** Why a row of an upload was refused: its line (the header is line 1), the column, and the reason. */
public record RowError(long line, String column, String reason) {
}
