package org.carbonneutral.offset.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.carbonneutral.contracts.Finding;
import org.carbonneutral.contracts.Severity;
import org.carbonneutral.offset.domain.OffsetsContent.Evidence;
import org.carbonneutral.offset.domain.OffsetsContent.Project;
import org.carbonneutral.platform.rules.Rule;
import org.carbonneutral.platform.rules.RuleDescription;

/**
 * A project-quality criterion whose evidence each project the credits come from must record (OFF-7 additionality,
 * OFF-8 permanence of every project, with the buffer or compensation named where reversal is possible, OFF-9
 * safeguards, OFF-10 independent verification); missing evidence is a blocking finding naming the project and field.
 */
public class ProjectEvidence implements Rule<OffsetsFacts> {

    private final RuleDescription description;
    private final String field;
    private final Function<Project, Evidence> evidence;
    private final Predicate<Project> applies;
    private final String en;
    private final String zh;
    private final List<Stated> stated;

    /** A fact the project must also state beside its evidence where {@code when} holds, e.g. the verifier's name. */
    record Stated(String field, Function<Project, String> value, Predicate<Project> when, String en, String zh) {
    }

    /** Words naming land-use projects (REDD+, improved forest management, ARR, soils) in a name or methodology. */
    private static final java.util.regex.Pattern LAND_USE = java.util.regex.Pattern.compile(
            "(?i)\\b(redd\\+?|ifm|improved forest|afolu|arr|afforestation|reforestation|forest|peat|soil|mangrove|"
                    + "blue carbon|vm0007|vm0009|vm0015|vm0048|森林|造林|土壤)");

    /**
     * OFF-8 names the buffer pool or reversal compensation of a removal, of a land-use project (REDD+, IFM, ARR), and
     * of any project the preparer says can be reversed; land use is recognised from the flag or from the project's
     * name or methodology, so leaving the flag out does not escape it.
     */
    static boolean reversible(Project p) {
        return p.type() == org.carbonneutral.offset.domain.OffsetsContent.ProjectType.REMOVAL
                || Boolean.TRUE.equals(p.reversalRisk()) || Boolean.TRUE.equals(p.landUse())
                || p.name() != null && LAND_USE.matcher(p.name()).find()
                || p.methodology() != null && LAND_USE.matcher(p.methodology()).find();
    }

    public ProjectEvidence(RuleDescription description, String field, Function<Project, Evidence> evidence,
            Predicate<Project> applies, String en, String zh, List<Stated> stated) {
        this.description = description;
        this.field = field;
        this.evidence = evidence;
        this.applies = applies;
        this.en = en;
        this.zh = zh;
        this.stated = stated;
    }

    public static List<Rule<OffsetsFacts>> all() {
        return List.of(
                new ProjectEvidence(new RuleDescription("OFF-7", Severity.BLOCK, "Project additionality (not legally "
                        + "required; would not happen without credit revenue).", "專案應具外加性（非法規要求，且無碳權收入即不會發生）。",
                        "G參.三(二)1"), "additionality", Project::additionality, p -> true,
                        "evidence of additionality", "外加性之佐證", List.of()),
                new ProjectEvidence(new RuleDescription("OFF-8", Severity.BLOCK, "Permanence; any reversal must be fully "
                        + "compensated.", "應具永久性；如有逆轉應完全補償。", "G參.三(二)2"), "permanence", Project::permanence,
                        p -> true, "evidence of permanence (and, where it can be reversed, of the buffer or compensation "
                                + "of reversals)", "永久性（及可能逆轉者之緩衝或補償機制）之佐證",
                        List.of(new Stated("reversalCompensation", Project::reversalCompensation, ProjectEvidence::reversible,
                                "the buffer pool or reversal compensation covering it (a removal or land-use project)",
                                "其逆轉緩衝帳戶或補償機制（移除或土地利用類專案）"))),
                new ProjectEvidence(new RuleDescription("OFF-9", Severity.BLOCK, "Safeguards: no negative impact on "
                        + "communities, land tenure, food security, nature and biodiversity.",
                        "保障措施：不得對社區、土地權屬、糧食安全、自然及生物多樣性造成負面影響。", "G參.三(二)3"), "safeguards",
                        Project::safeguards, p -> true, "evidence of social and environmental safeguards", "社會與環境保障措施之佐證",
                        List.of()),
                new ProjectEvidence(new RuleDescription("OFF-10", Severity.BLOCK, "Independent accredited third-party "
                        + "verification; issuing programme public and transparent with methodology review.",
                        "應經獨立且經認證之第三方查證；核發機制應公開透明並審查方法學。", "G參.三(二)4"), "verification",
                        Project::verification, p -> true, "the verification statement and the verifier's accreditation",
                        "查證聲明及查證機構之認證", List.of(new Stated("verificationBody", Project::verificationBody, p -> true,
                                "its accredited verification body", "經認證之查證機構"))));
    }

    @Override
    public RuleDescription description() {
        return description;
    }

    @Override
    public List<Finding> check(OffsetsFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (int j : facts.projectsUsed()) {
            Project p = facts.content().projects().get(j);
            if (!applies.test(p)) {
                continue;
            }
            requireEvidence(findings, id(), "projects[" + j + "]." + field, p, evidence.apply(p), en, zh);
            for (Stated fact : stated.stream().filter(f -> f.when().test(p)).toList()) {
                requireText(findings, id(), "projects[" + j + "]." + fact.field(), p, fact.value().apply(p), fact.en(),
                        fact.zh());
            }
        }
        return findings;
    }

    static void requireEvidence(List<Finding> findings, String rule, String field, Project p, Evidence e, String en, String zh) {
        if (e == null || e.reference() == null || e.reference().isBlank()) {
            findings.add(Finding.block(rule, field, "Project " + p.id() + " (" + p.name() + ") records no " + en + ".",
                    "專案 " + p.id() + "（" + p.name() + "）未記錄" + zh + "。"));
        }
    }

    static void requireText(List<Finding> findings, String rule, String field, Project p, String value, String en, String zh) {
        if (value == null || value.isBlank()) {
            findings.add(Finding.block(rule, field, "Project " + p.id() + " (" + p.name() + ") does not state " + en + ".",
                    "專案 " + p.id() + "（" + p.name() + "）未載明" + zh + "。"));
        }
    }
}
