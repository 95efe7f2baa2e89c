package org.carbonneutral.offset.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.carbonneutral.offset.serial.Registry;
import org.carbonneutral.offset.serial.SerialBlock;

/**
 * One retirement or cancellation in a registry's public records, as the registry's export states it (null where the
 * export does not give a fact), shared by the whole suite and keyed by {@code (registry, serialNumber)}.
 *
 * @param block the serial's block (numbering space and inclusive range)
 * @param quantity credits in the block, as the export states it (equal to the block's size for ranged serials)
 * @param vintageYear the year the vintage (monitoring) period ends
 * @param projectId the registry's project id as the export gives it (MOENV: the project code at the serial's end)
 * @param beneficiary on whose behalf the credits were retired
 * @param beneficiaryId the beneficiary's registration number where the export gives one (MOENV 統一編號)
 * @param accountHolder the account the credits were retired from, where the export names it apart from the beneficiary
 * @param purpose the retirement's free-text details
 * @param retirementType the registry's kind or reason of retirement (MOENV 註銷之類型, Gold Standard use case, …)
 * @param issuanceBatch for a registry without serial ranges, the issuance batch the retired credits come from
 * @param batchQuantity the credits that batch was issued with
 * @param line the line of the export the record starts on
 * @param version 1 for a serial's first record; a later export that changes any fact adds the next version
 * @param importId the import the version came from
 */
public record RegistryRecord(Registry registry, String serialNumber, SerialBlock block, long quantity,
        RegistryStatus status, Integer vintageYear, LocalDate vintageStart, LocalDate vintageEnd, String projectId,
        LocalDate issuedOn, LocalDate retiredOn, String beneficiary, String beneficiaryId, String accountHolder,
        String purpose, String retirementType, String issuanceBatch, Long batchQuantity, int line, int version,
        UUID importId) {

    /** The same facts from another line, version and import. */
    public RegistryRecord withProvenance(int line, int version, UUID importId) {
        return new RegistryRecord(registry, serialNumber, block, quantity, status, vintageYear, vintageStart, vintageEnd,
                projectId, issuedOn, retiredOn, beneficiary, beneficiaryId, accountHolder, purpose, retirementType,
                issuanceBatch, batchQuantity, line, version, importId);
    }

    /** Whether {@code other} states the same facts (wherever and whenever it was read). */
    public boolean sameFacts(RegistryRecord other) {
        return withProvenance(0, 0, null).equals(other.withProvenance(0, 0, null));
    }
}
