package org.licenselens.hub;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The aggregate report of a hub run, as Markdown (every line within 100 columns) and as HTML with bar charts
 * (inline SVG: no script, no network). Both show the same tables in the same order.
 */
final class HubReport {
    private static final int TOP = 15;

    private HubReport() {}

    /** A titled table of counts: the report's unit. */
    private record Table(String title, String what, Map<String, Long> counts, long of) {}

    private static List<Table> tables(HubSummary s) {
        List<Table> tables = new ArrayList<>();
        tables.add(new Table("Declared licenses", "license", s.licenses(), s.models()));
        tables.add(new Table("Top SPDX ids", "SPDX id", s.spdx(), s.models()));
        tables.add(new Table("Custom licenses by family", "family", s.customFamilies(), s.models()));
        tables.add(new Table("Flags' prevalence", "flag", s.flags(), s.models()));
        tables.add(new Table("Openness verdicts", "verdict", s.openness(), s.models()));
        tables.add(new Table("Release openness: MOF class", "class", s.mofClasses(), s.models()));
        tables.add(new Table("Release openness: OSAID 1.0", "conformance", s.osaid(), s.models()));
        tables.add(new Table("Lineage of derivatives", "status", s.lineage(), s.derivatives()));
        tables.add(new Table("Relations", "relation", s.relations(), s.derivatives()));
        return tables;
    }

    private static long missing(HubSummary s) {
        return s.licenses().getOrDefault("none", 0L) + s.licenses().getOrDefault("unknown", 0L);
    }

    static String markdown(HubSummary s) {
        StringBuilder md = new StringBuilder("# licenselens hub report\n\n");
        md.append("- input: ").append(clip(s.input(), 80)).append(" (").append(s.kind()).append(")\n");
        md.append("- models: ").append(s.models()).append(", unreadable: ").append(s.unreadable()).append('\n');
        md.append("- no license or `unknown`: ").append(missing(s)).append(" (").append(share(missing(s), s.models()))
                .append(")\n");
        md.append("- derivatives: ").append(s.derivatives()).append(", lineage conflicts: ").append(s.conflicts())
                .append(", unknown bases: ").append(s.unknownBases()).append('\n');
        for (Table t : tables(s)) {
            md.append("\n## ").append(t.title()).append("\n\n| ").append(t.what()).append(" | models | share |\n")
                    .append("|---|---:|---:|\n");
            int shown = 0;
            for (Map.Entry<String, Long> e : t.counts().entrySet()) {
                if (shown++ == TOP) {
                    md.append("| (").append(t.counts().size() - TOP).append(" more) | | |\n");
                    break;
                }
                md.append("| ").append(clip(e.getKey(), 60)).append(" | ").append(e.getValue()).append(" | ")
                        .append(share(e.getValue(), t.of())).append(" |\n");
            }
        }
        md.append("\n## Base/derivative conflicts by pair\n\n| declared | base license | conflicts |\n|---|---|---:|\n");
        for (HubSummary.Pair p : s.conflictPairs()) {
            md.append("| ").append(clip(p.declared(), 40)).append(" | ").append(clip(p.base(), 40)).append(" | ")
                    .append(p.count()).append(" |\n");
        }
        return md.toString();
    }

    static String html(HubSummary s) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>licenselens hub report</title><style>body{font:14px system-ui,sans-serif;margin:2em;"
                + "max-width:60em}table{border-collapse:collapse}td,th{padding:2px 8px;text-align:left}"
                + "td.n{text-align:right}svg text{font:12px system-ui,sans-serif}</style></head><body>\n");
        h.append("<h1>licenselens hub report</h1>\n<p>").append(esc(s.input())).append(" (").append(s.kind())
                .append("): ").append(s.models()).append(" models, ").append(s.unreadable()).append(" unreadable; ")
                .append(missing(s)).append(" (").append(share(missing(s), s.models()))
                .append(") with no license or <code>unknown</code>; ").append(s.derivatives())
                .append(" derivatives, ").append(s.conflicts()).append(" lineage conflicts, ").append(s.unknownBases())
                .append(" unknown bases.</p>\n");
        for (Table t : tables(s)) {
            h.append("<h2>").append(esc(t.title())).append("</h2>\n").append(chart(t)).append('\n');
        }
        h.append("<h2>Base/derivative conflicts by pair</h2>\n<table><tr><th>declared</th><th>base license</th>"
                + "<th>conflicts</th></tr>\n");
        for (HubSummary.Pair p : s.conflictPairs()) {
            h.append("<tr><td>").append(esc(p.declared())).append("</td><td>").append(esc(p.base()))
                    .append("</td><td class=\"n\">").append(p.count()).append("</td></tr>\n");
        }
        return h.append("</table>\n</body></html>\n").toString();
    }

    /** A horizontal bar chart of a table's first {@link #TOP} rows, with counts and shares as text. */
    private static String chart(Table t) {
        List<Map.Entry<String, Long>> rows = t.counts().entrySet().stream().limit(TOP).toList();
        long max = rows.stream().mapToLong(Map.Entry::getValue).max().orElse(1);
        int bar = 22;
        StringBuilder svg = new StringBuilder("<svg role=\"img\" width=\"760\" height=\"" + (rows.size() * bar + 4)
                + "\" aria-label=\"" + esc(t.title()) + "\">");
        for (int i = 0; i < rows.size(); i++) {
            Map.Entry<String, Long> e = rows.get(i);
            int y = i * bar + 2;
            long width = Math.max(1, Math.round(400.0 * e.getValue() / Math.max(1, max)));
            svg.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(esc(clip(e.getKey(), 34)))
                    .append("</text><rect x=\"240\" y=\"").append(y + 3).append("\" width=\"").append(width)
                    .append("\" height=\"").append(bar - 6).append("\" fill=\"#4a7ab5\"/><text x=\"")
                    .append(248 + width).append("\" y=\"").append(y + 15).append("\">").append(e.getValue())
                    .append(" (").append(share(e.getValue(), t.of())).append(")</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
