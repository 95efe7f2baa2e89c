package org.carbonneutral.offset.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.carbonneutral.offset.serial.SerialBlock;

/** One retirement in a registry's public records, as imported: its block, date, beneficiary and purpose. */
public record RegistryRecord(UUID importId, int line, SerialBlock block, String serialNumber, LocalDate retiredOn,
        String beneficiary, String purpose) {
}
