package org.carbonneutral.disclosure.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Chapter 1 of the management plan (appendix template) and its outlook (chapter 6), as the tenant enters them: the
 * company's basic data, its processes and products, top management's commitment, the carbon-neutrality team, the
 * plan's owner and contact; from chapter 1.1 also its representative (負責人), organisation chart and policy statement,
 * from chapter 2.2.2 how the inventory's data are managed (盤查數據管理), and from chapter 3.2 the assumptions of the
 * reduction plan and the reasons for its techniques and measures (假設及理由). The fields added for chapters 1.1, 2.2.2
 * and 3.2 are optional: the page shows "—" where they are not given.
 */
@Schema(description = "Company profile, carbon-neutrality team and outlook of a declaration's management plan")
public record CompanyProfile(
        @NotNull @Valid Company company,
        @Size(max = 4000) @Schema(description = "Main processes, products and services") String processesAndProducts,
        @NotNull @Valid Commitment commitment,
        @NotNull @Valid Contact planOwner,
        @Size(max = 50) List<@NotNull @Valid TeamMember> team,
        @Size(max = 8000) @Schema(description = "Chapter 6: outlook — next steps after this period") String outlook,
        @Valid @Schema(description = "Chapter 1.1: the company's organisation chart (組織架構), optional")
        OrganisationChart organisationChart,
        @Size(max = 4000) @Schema(description = "Chapter 1.1: the company's policy statement (政策聲明), optional",
                examples = "Acme Taiwan saves energy, manages its greenhouse-gas inventory and reduces its emissions "
                        + "voluntarily, to meet international norms and Taiwan's law.") String policyStatement,
        @Size(max = 8000) @Schema(description = "Chapter 2.2.2: how the inventory's activity data are collected, checked "
                + "and kept (盤查數據管理), optional", examples = "Meter readings and invoices are entered monthly by each "
                + "plant, checked against the invoices by a second person, and kept for 7 years.") String dataManagement,
        @Size(max = 8000) @Schema(description = "Chapter 3.2: the assumptions of the reduction plan and the reasons for "
                + "its techniques and measures (假設及理由), optional", examples = "Production stays at the 2025 level; "
                + "heat pumps are chosen because drying is the largest LPG use.") String assumptionsAndReasons) {

    @Schema(description = "Company basic data")
    public record Company(
            @NotBlank @Size(max = 300) @Schema(examples = "Acme Taiwan Co., Ltd.") String name,
            @Size(max = 20) @Schema(description = "Unified business number (統一編號)", examples = "12345678") String businessNumber,
            @NotBlank @Size(max = 500) @Schema(examples = "No. 1, Sec. 1, Zhongxiao W. Rd., Taipei") String address,
            @Size(max = 200) @Schema(examples = "Electronic components") String industry,
            @Schema(description = "Listed on TWSE/TPEx: the plan also goes into the sustainability report (DIS-4)")
            Boolean listed,
            @Schema(description = "Art. 21 emitter: the plan also goes into that year's inventory report (DIS-4)")
            Boolean article21Emitter,
            @Size(max = 200) @Schema(description = "Chapter 1.1: the company's representative (負責人/代表人), optional",
                    examples = "Lin Mei-Hua") String representative) {
    }

    @Schema(description = "Chapter 1.1: the organisation chart (組織架構): where it is published and what it shows")
    public record OrganisationChart(
            @Size(max = 500) @Schema(description = "Where the chart is: a URL or a document reference",
                    examples = "https://www.acme.example/about/organisation.pdf") String reference,
            @Size(max = 2000) @Schema(description = "What it shows, in short",
                    examples = "Board, president; ESG office, plant engineering, finance") String description) {
    }

    @Schema(description = "Top management's commitment")
    public record Commitment(
            @NotBlank @Size(max = 200) @Schema(examples = "Lin Mei-Hua") String signedBy,
            @NotBlank @Size(max = 200) @Schema(examples = "Chairperson") String title,
            @NotBlank @Size(max = 4000) String statement,
            @NotNull LocalDate date) {
    }

    @Schema(description = "Plan owner and contact")
    public record Contact(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 200) String title,
            @NotBlank @Email @Size(max = 300) String email,
            @Size(max = 50) String phone) {
    }

    @Schema(description = "A member of the carbon-neutrality team")
    public record TeamMember(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 300) @Schema(examples = "Inventory lead") String role,
            @Size(max = 200) String department) {
    }
}
