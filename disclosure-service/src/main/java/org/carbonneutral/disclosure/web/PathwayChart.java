package org.carbonneutral.disclosure.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.carbonneutral.contracts.events.PathwaySnapshot;

/**
 * The pathway chart as inline SVG: the yearly target series (line) against the actual series from approved
 * inventories (points joined by a line), with the declaration period's milestone marked. Pure text, no script.
 */
public final class PathwayChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 340;
    static final int LEFT = 78;
    static final int RIGHT = 20;
    static final int TOP = 30;
    static final int BOTTOM = 46;

    private PathwayChart() {
    }

    public static String svg(PathwaySnapshot.Trajectory t, String title, String targetLabel, String actualLabel,
            String milestoneLabel) {
        if (t == null || t.targets().isEmpty()) {
            return "";
        }
        List<PathwaySnapshot.YearValue> targets = t.targets();
        int first = targets.get(0).year();
        int last = targets.get(targets.size() - 1).year();
        for (var a : t.actuals()) {
            first = Math.min(first, a.year());
            last = Math.max(last, a.year());
        }
        double max = 0;
        for (var v : targets) {
            max = Math.max(max, v.value().doubleValue());
        }
        for (var v : t.actuals()) {
            max = Math.max(max, v.value().doubleValue());
        }
        max = max <= 0 ? 1 : niceCeiling(max);
        int firstYear = first;
        int lastYear = Math.max(last, first + 1);
        double top = max;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"pathway-chart\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(esc(title))
                .append("\"><title>").append(esc(title)).append("</title>");
        // axes and grid
        for (int i = 0; i <= 4; i++) {
            double value = top * i / 4;
            double y = y(value, top);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"grid\"/>", LEFT, y,
                    WIDTH - RIGHT, y));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" class=\"tick\" text-anchor=\"end\">%s</text>",
                    LEFT - 6, y + 4, label(value)));
        }
        int step = Math.max(1, (lastYear - firstYear) / 8);
        for (int year = firstYear; year <= lastYear; year += step) {
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"tick\" text-anchor=\"middle\">%d</text>",
                    x(year, firstYear, lastYear), HEIGHT - BOTTOM + 18, year));
        }
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>", LEFT,
                HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM));
        s.append("<text x=\"").append(LEFT).append("\" y=\"18\" class=\"unit\">").append(esc(t.unit())).append("</text>");
        // series
        s.append("<polyline class=\"target\" points=\"").append(points(targets, firstYear, lastYear, top)).append("\"/>");
        if (!t.actuals().isEmpty()) {
            s.append("<polyline class=\"actual\" points=\"").append(points(t.actuals(), firstYear, lastYear, top))
                    .append("\"/>");
            for (var a : t.actuals()) {
                s.append(String.format(Locale.ROOT, "<circle class=\"actual-point\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\">"
                        + "<title>%d: %s</title></circle>", x(a.year(), firstYear, lastYear), y(a.value().doubleValue(), top),
                        a.year(), a.value().toPlainString()));
            }
        }
        if (t.milestone() != null) {
            s.append(String.format(Locale.ROOT, "<rect class=\"milestone\" x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\">"
                    + "<title>%s %d: %s</title></rect>", x(t.milestoneYear(), firstYear, lastYear) - 4,
                    y(t.milestone().doubleValue(), top) - 4, esc(milestoneLabel), t.milestoneYear(),
                    t.milestone().toPlainString()));
        }
        // legend
        int ly = HEIGHT - 10;
        s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(ly - 4).append("\" x2=\"").append(LEFT + 24)
                .append("\" y2=\"").append(ly - 4).append("\" class=\"target\"/>");
        s.append("<text x=\"").append(LEFT + 30).append("\" y=\"").append(ly).append("\" class=\"legend\">")
                .append(esc(targetLabel)).append("</text>");
        s.append("<circle cx=\"").append(LEFT + 200).append("\" cy=\"").append(ly - 4).append("\" r=\"4\" class=\"actual-point\"/>");
        s.append("<text x=\"").append(LEFT + 210).append("\" y=\"").append(ly).append("\" class=\"legend\">")
                .append(esc(actualLabel)).append("</text>");
        s.append("<rect x=\"").append(LEFT + 380).append("\" y=\"").append(ly - 8).append("\" width=\"8\" height=\"8\" class=\"milestone\"/>");
        s.append("<text x=\"").append(LEFT + 394).append("\" y=\"").append(ly).append("\" class=\"legend\">")
                .append(esc(milestoneLabel)).append("</text>");
        return s.append("</svg>").toString();
    }

    private static String points(List<PathwaySnapshot.YearValue> values, int first, int last, double top) {
        StringBuilder p = new StringBuilder();
        for (var v : values) {
            p.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(v.year(), first, last), y(v.value().doubleValue(), top)));
        }
        return p.toString().trim();
    }

    static double x(int year, int first, int last) {
        return LEFT + (double) (year - first) / (last - first) * (WIDTH - LEFT - RIGHT);
    }

    static double y(double value, double top) {
        return TOP + (1 - value / top) * (HEIGHT - TOP - BOTTOM);
    }

    static double niceCeiling(double v) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (m * magnitude >= v) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    static String label(double v) {
        return new BigDecimal(v).setScale(v >= 100 || v == 0 ? 0 : 2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
