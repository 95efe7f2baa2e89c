package org.carbonneutral.disclosure.web;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** What the public page shows, already worded in the page's language and formatted: the template only lays it out. */
@TemplateData
public record DeclarationPage(
        String lang,
        String htmlLang,
        String otherLang,
        String otherLangLabel,
        PageText t,
        String declarationId,
        String subjectName,
        String claim,
        boolean withdrawn,
        String withdrawnAt,
        String withdrawReason,
        int version,
        String digest,
        String publishedAt,
        List<Pair> summary,
        List<Section> items,
        List<Section> chapters,
        List<String> reminders,
        List<Version> versions) {

    @TemplateData
    public record Pair(String label, String value) {
    }

    /** A table; a cell that is a URL is shown as a link. */
    @TemplateData
    public record Table(String id, List<String> headers, List<List<Cell>> rows) {
    }

    @TemplateData
    public record Cell(String text, String href, boolean code) {
        static Cell of(String text) {
            return new Cell(text == null ? "" : text, null, false);
        }

        static Cell code(String text) {
            return new Cell(text, null, true);
        }

        static Cell link(String text) {
            boolean url = text != null && (text.startsWith("https://") || text.startsWith("http://"));
            return new Cell(text == null ? "" : text, url ? text.split(" ")[0] : null, false);
        }
    }

    /** A numbered item or chapter: its facts, tables, paragraphs and (for the pathway) the chart. */
    @TemplateData
    public record Section(int number, String title, List<Pair> facts, List<Table> tables, List<String> paragraphs,
            String chart) {
    }

    @TemplateData
    public record Version(int version, String digest, String publishedAt, String withdrawnAt, String href, boolean shown) {
    }
}
