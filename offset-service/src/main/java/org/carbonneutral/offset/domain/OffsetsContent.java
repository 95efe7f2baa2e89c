package org.carbonneutral.offset.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The credits retired for a declaration: one entry per retired serial block (one credit = 1 tCO2e). */
@Schema(description = "Offsets content of a declaration")
public record OffsetsContent(
        @NotNull @Size(max = 10000) List<@NotNull @Valid Retirement> retirements) {

    @Schema(description = "One retirement of a serial block")
    public record Retirement(
            @NotBlank @Size(max = 100) @Schema(examples = "MOENV") String registry,
            @NotBlank @Size(max = 200) @Schema(examples = "TW-2-1-030172798-030173019-00-00-A0000070") String serialNumber,
            @Size(max = 300) @Schema(examples = "Kaohsiung boiler fuel switch") String projectName,
            @NotNull @Min(1) @Max(1_000_000_000) @Schema(description = "Whole credits (tCO2e)", examples = "222") Long quantity,
            @NotNull @Min(1990) @Max(2100) @Schema(description = "Year the vintage (monitoring) period ends", examples = "2023")
            Integer vintageYear,
            @NotNull @Schema(description = "Date of retirement in the registry", examples = "2025-06-30") LocalDate retiredOn,
            @Size(max = 2000) @Schema(description = "Where the retirement is public (registry page)",
                    examples = "https://ghgregistry.moenv.gov.tw/") String publicReference) {
    }
}
