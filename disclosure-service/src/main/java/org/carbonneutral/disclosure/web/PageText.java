package org.carbonneutral.disclosure.web;

import io.quarkus.qute.TemplateData;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The public page's words in Traditional Chinese or English; the language comes from ?lang or Accept-Language. Every
 * word the page shows is looked up by its key, and a key without a word is a mistake in the page: it fails, it is
 * never shown as an empty or "null" word.
 */
@TemplateData
public final class PageText {

    public static final String ZH = "zh-TW";
    public static final String EN = "en";

    private static final String[][] WORDS = {
        {"declaration", "碳中和宣告", "Carbon-neutrality declaration"},
        {"withdrawn", "本宣告已撤回（WITHDRAWN）", "This declaration has been WITHDRAWN"},
        {"withdrawnBecause", "撤回原因", "Reason"},
        {"version", "版本", "Version"},
        {"publishedAt", "公開時間", "Published"},
        {"digest", "內容雜湊 SHA-256", "Content digest SHA-256"},
        {"summary", "摘要", "Summary"},
        {"total", "總排放量", "Total emissions"},
        {"removals", "邊界內移除量", "Removals in the boundary"},
        {"residual", "剩餘排放量", "Residual emissions"},
        {"credits", "已註銷減量額度", "Credits retired"},
        {"offsetShare", "抵銷占總排放量比例", "Offsets' share of total emissions"},
        {"verification", "查證", "Verification"},
        {"verified", "經第三方查證", "Third-party verified"},
        {"notVerified", "未經第三方查證", "Not third-party verified"},
        {"items", "揭露事項（企業宣告碳中和指引 肆、二）", "Disclosure items (MOENV guideline IV.2)"},
        {"plan", "碳中和管理計畫", "Carbon-neutrality management plan"},
        {"chapter", "第{n}章", "Chapter {n}"},
        {"boundary", "邊界", "Boundary"},
        {"organisation", "宣告組織", "Declaring organisation"},
        {"approach", "彙整方式", "Consolidation approach"},
        {"period", "期間", "Period"},
        {"facilities", "場址", "Facilities"},
        {"subjectType", "主體類型", "Subject"},
        {"organisation", "組織", "Organisation"},
        {"notApplicable", "不適用（組織碳中和）", "Not applicable (organisation subject)"},
        {"products", "產品或服務", "Products and services"},
        {"choiceReason", "選定理由", "Why this one"},
        {"baseYear", "基準年", "Base year"},
        {"baseline", "基線排放量", "Baseline emissions"},
        {"baselineSource", "基線來源", "Baseline source"},
        {"shortTerm", "短期目標", "Short-term target"},
        {"intensity", "密集度目標", "Intensity target"},
        {"netZero", "淨零目標年", "Net-zero year"},
        {"reference", "科學基礎路徑", "Science-based pathway"},
        {"impliedRate", "隱含年減率", "Implied annual reduction"},
        {"scopes", "涵蓋範疇", "Scopes covered"},
        {"timeline", "達成時程", "Timeline"},
        {"chart", "減量路徑：目標與實際", "Pathway: targets and actuals"},
        {"targetSeries", "目標", "Target"},
        {"actualSeries", "實際（經核准盤查）", "Actual (approved inventories)"},
        {"milestone", "本期里程碑", "Milestone of the period"},
        {"milestoneMet", "本期里程碑已達成", "The period's milestone is met"},
        {"milestoneNotMet", "本期里程碑未達成，已提出最佳可行技術說明", "The milestone is not met; best available techniques justified"},
        {"measures", "減量措施", "Reduction measures"},
        {"measure", "措施", "Measure"},
        {"type", "類型", "Type"},
        {"expected", "預期減量", "Expected reduction"},
        {"achieved", "實際減量", "Achieved reduction"},
        {"beforeAfter", "實施前 → 實施後", "Before → after"},
        {"implementedOn", "實施日期", "In operation since"},
        {"basisAndMethod", "計算依據與量化方法", "Basis and quantification method"},
        {"measureEvidence", "成果佐證", "Evidence of the result"},
        {"status", "狀態", "Status"},
        {"indicator", "監測指標", "Monitoring indicator"},
        {"frequency", "頻率", "Frequency"},
        {"scope", "範疇", "Scope"},
        {"source", "排放源", "Source"},
        {"category", "類別", "Category"},
        {"registry", "登錄平台", "Registry"},
        {"project", "專案", "Project"},
        {"projectId", "專案編號", "Project id"},
        {"location", "地點", "Location"},
        {"developer", "開發者", "Developer"},
        {"participants", "參與者", "Participants"},
        {"vintage", "年份", "Vintage"},
        {"retiredOn", "註銷日期", "Retired on"},
        {"serials", "序號", "Serial numbers"},
        {"quantity", "數量（公噸）", "Quantity (t)"},
        {"productQuantity", "期間數量", "Quantity in the period"},
        {"publicRecord", "公開紀錄", "Public record"},
        {"registryConfirmed", "登錄平台紀錄已比對", "Checked against the registry's records"},
        {"yes", "是", "yes"},
        {"no", "否", "no"},
        {"company", "公司", "Company"},
        {"businessNumber", "統一編號", "Business number"},
        {"address", "地址", "Address"},
        {"industry", "產業", "Industry"},
        {"processes", "製程、產品與服務", "Processes, products and services"},
        {"commitment", "高階管理階層承諾", "Top management's commitment"},
        {"team", "碳中和推動小組", "Carbon-neutrality team"},
        {"contact", "計畫負責人與聯絡方式", "Plan owner and contact"},
        {"standard", "量化標準", "Standard"},
        {"gwp", "全球暖化潛勢", "GWP set"},
        {"factorSets", "排放係數來源", "Emission-factor sources"},
        {"exclusions", "排除之排放源", "Excluded sources"},
        {"expectedCredits", "預計使用之減量額度", "Credits expected per year"},
        {"year", "年", "Year"},
        {"outlook", "未來展望", "Outlook"},
        {"reminders", "提醒", "Reminders"},
        {"history", "版本紀錄", "Version history"},
        {"withdrawnAt", "撤回時間", "Withdrawn"},
        {"seeItems", "見揭露事項", "See disclosure items"},
        {"print", "列印或另存 PDF", "Print or save as PDF"},
        {"json", "JSON 格式", "As JSON"},
        {"tco2e", "公噸CO2e", "tCO2e"},
        {"registryChecks", "比對之登錄平台資料", "Registry records checked"},
        {"inventoryVerification", "盤查查證", "Inventory verification"},
        {"claimVerification", "宣告之查證或確證", "Verification of the claim"},
        {"claimVerifiedBy", "宣告及其報告經查證", "The claim and its report verified by"},
        {"claimUnverified", "宣告未經查證（盤查經查證不等於宣告經查證）", "The claim is unverified (a verified inventory is not a verified claim)"},
        {"claimNotValidated", "宣告未經確證", "The claim is not validated"},
        {"noCreditsNeeded", "剩餘排放量為 0，無須使用減量額度", "The residual is 0: no credits needed"},
        {"declaredUnit", "宣告單位", "Declared unit"},
        {"market", "市場", "Market"},
        {"subjectEmissions", "主體排放量", "Subject's emissions"},
        {"perUnit", "每宣告單位碳足跡", "Footprint per declared unit"},
        {"subjectShare", "占組織排放量比例", "Share of the organisation's emissions"},
        {"otherProductsPlan", "其他產品之後續規劃", "How other products follow"},
        {"allocation", "分配方法", "Allocation method"},
        {"stage", "生命週期階段", "Life-cycle stage"},
        {"included", "納入", "Included"},
        {"omissionReason", "未納入理由", "Why omitted"},
        {"methodology", "方法學", "Methodology"},
        {"beneficiary", "受益者", "Beneficiary"},
        {"purpose", "用途", "Use (purpose)"},
        {"sinkType", "碳匯類型", "Sink type"},
        {"removed", "移除量", "Removed"},
        {"reversal", "逆轉量", "Reversal"},
        {"rightsEvidence", "邊界管理權利證明", "Evidence of management rights"},
        {"monitoring", "監測", "Monitoring"},
        {"baselineVerification", "基線之查證", "Baseline verification"},
        {"baselineVerificationNotHeld", "本宣告未持有基線之查證資料（見基線來源）", "Not held with this declaration (see the baseline source)"},
        {"enum.SELF", "自我確證", "Self-validated"},
        {"enum.OTHER_PARTY", "經他方確證", "Other-party validated"},
        {"enum.INDEPENDENT_THIRD_PARTY", "經獨立第三方確證", "Independently third-party validated"},
        {"enum.LIMITED", "有限保證等級", "Limited assurance"},
        {"enum.REASONABLE", "合理保證等級", "Reasonable assurance"},
        {"enum.SBTI_1_5C", "SBTi 1.5°C 絕對減量（每年4.2%）", "SBTi 1.5 °C absolute contraction (4.2 %/yr)"},
        {"enum.SBTI_WB2C", "SBTi 遠低於2°C 絕對減量（每年2.5%）", "SBTi well-below 2 °C absolute contraction (2.5 %/yr)"},
        {"enum.IEA_NZE", "IEA 2050淨零情境", "IEA Net Zero Emissions by 2050"},
        {"enum.IPCC_1_5C", "IPCC AR6 1.5°C 路徑", "IPCC AR6 1.5 °C pathways"},
        {"enum.PROCESS_EFFICIENCY", "製程效率提升", "Process efficiency"},
        {"enum.ENERGY_SUBSTITUTION", "能源替代", "Energy substitution"},
        {"enum.ENERGY_RECOVERY", "能源回收", "Energy recovery"},
        {"enum.RAW_MATERIAL_SUBSTITUTION", "原料替代", "Raw-material substitution"},
        {"enum.REMOVAL_ENHANCEMENT", "碳移除強化", "Removal enhancement"},
        {"enum.OTHER", "其他", "Other"},
        {"enum.PLANNED", "規劃中", "Planned"},
        {"enum.IN_PROGRESS", "執行中", "In progress"},
        {"enum.COMPLETED", "已完成", "Completed"},
        {"enum.OPERATIONAL_CONTROL", "營運控制權法", "Operational control"},
        {"enum.FINANCIAL_CONTROL", "財務控制權法", "Financial control"},
        {"enum.EQUITY_SHARE", "股權比例法", "Equity share"},
        {"enum.REDUCTION", "減量", "Reduction"},
        {"enum.PRODUCT", "產品", "Product"},
        {"enum.SERVICE", "服務", "Service"},
        {"enum.AVOIDANCE", "避免排放", "Avoidance"},
        {"enum.REMOVAL", "移除", "Removal"},
        {"representative", "負責人（代表人）", "Representative"},
        {"organisationChart", "組織架構", "Organisation chart"},
        {"policyStatement", "政策聲明", "Policy statement"},
        {"dataManagement", "2.2.2 盤查數據管理", "2.2.2 Data management"},
        {"assumptions", "3.2 減量計畫之假設及理由", "3.2 Assumptions and reasons"},
        {"referenceRate", "參考路徑年減率", "Reference annual reduction"},
        {"howSet", "路徑設定方式", "How the pathway was set"},
        {"howSetText", "以基準年 {base} 年排放量 {baseline} 為起點，依{reference}，線性下降至 {year} 年短期目標 {target}，"
                + "再線性下降至 {netZero} 年淨零", "From the base year {base} ({baseline}), following {reference}: linear to "
                + "the short-term target of {target} in {year}, then linear to net zero in {netZero}"},
        {"whySet", "設定理由", "Why"},
        {"whyMeetsReference", "隱含年減率 {implied} %/yr 不低於所依科學基礎路徑之 {rate} %/yr",
                "The implied annual reduction of {implied} %/yr is at least the {rate} %/yr of the science-based pathway "
                        + "followed"},
        {"whyBelowReference", "隱含年減率 {implied} %/yr 低於所依科學基礎路徑之 {rate} %/yr",
                "The implied annual reduction of {implied} %/yr is below the {rate} %/yr of the science-based pathway "
                        + "followed"},
        {"targets", "各年目標", "Targets by year"},
        {"bat", "最佳可行技術", "Best available techniques"},
        {"technique", "技術", "Technique"},
        {"appliedAt", "應用位置", "Where applied"},
        {"appliedSince", "啟用日期", "Since"},
        {"whyNoFurtherAction", "目前無法進一步減量之理由", "Why no further action is possible now"},
        {"batAssessed", "最佳可行技術評估", "Best available techniques assessed"},
    };

    private static final PageText CHINESE = new PageText(ZH, 1);
    private static final PageText ENGLISH = new PageText(EN, 2);

    private final String language;
    private final Map<String, String> words;

    private PageText(String language, int column) {
        this.language = language;
        Map<String, String> map = new LinkedHashMap<>();
        for (String[] w : WORDS) {
            map.put(w[0], w[column]);
        }
        this.words = Map.copyOf(map);
    }

    /** The words of a language, {@link #ZH} or {@link #EN}. */
    public static PageText of(String language) {
        return switch (language) {
            case ZH -> CHINESE;
            case EN -> ENGLISH;
            default -> throw new IllegalArgumentException("the public page has no words in " + language);
        };
    }

    /** The language to answer in: ?lang wins, then the first Accept-Language naming zh or en; Chinese by default. */
    public static String language(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return lang.trim().toLowerCase(Locale.ROOT).startsWith("en") ? EN : ZH;
        }
        if (acceptLanguage != null) {
            for (String part : acceptLanguage.split(",")) {
                String tag = part.split(";")[0].trim().toLowerCase(Locale.ROOT);
                if (tag.startsWith("zh")) {
                    return ZH;
                }
                if (tag.startsWith("en")) {
                    return EN;
                }
            }
        }
        return ZH;
    }

    /** The word for a key; a key without a word is a mistake in the page and fails. */
    public String get(String key) {
        String word = words.get(key);
        if (word == null) {
            throw new IllegalArgumentException("the public page has no word \"" + key + "\" in " + language);
        }
        return word;
    }

    /** The page's word for an enumerated value, else the value made readable ("ENERGY_RECOVERY" → "Energy recovery"). */
    public String label(String value) {
        if (value == null || value.isBlank()) {
            return "—";
        }
        String word = words.get("enum." + value);
        if (word != null) {
            return word;
        }
        String plain = value.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
    }

    /** The keys that have a word, in both languages alike. */
    static Set<String> keys() {
        return CHINESE.words.keySet();
    }
}
