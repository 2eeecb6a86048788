package org.licenselens.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays text out for a terminal of {@link #WIDTH} columns: words wrapped with a hanging indent, and tables whose
 * cells wrap inside their column. A hand-made wrapper rather than a table library: picocli's {@code TextTable}
 * wraps cells too, but pads every row to its column widths and cannot split one long path, and the reports need
 * exactly two operations.
 */
final class TextLayout {
    /** The widest line any text report writes; the width of a classic terminal, with room for a margin. */
    static final int WIDTH = 100;
    /** The most lines one table cell takes before its middle is elided. */
    static final int CELL_LINES = 3;

    private TextLayout() {}

    /** Breaks {@code text} into lines of at most {@code width} chars, at spaces, splitting longer words. */
    static List<String> wrap(String text, int width) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be positive: " + width);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            while (word.length() > width) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Adds {@code text} to {@code lines} after {@code first}, continuing with {@code next}, within {@link #WIDTH}.
     * Every line of text is as wide as the longer prefix allows, so none passes the width.
     */
    static void hanging(List<String> lines, String first, String text, String next) {
        int indent = Math.max(first.length(), next.length());
        if (indent > WIDTH / 2) {
            // A prefix as long as half the line (a deep path) goes on a line of its own.
            for (String part : wrap(first, WIDTH)) {
                lines.add(part);
            }
            hanging(lines, "", text, next.length() > WIDTH / 2 ? "    " : next);
            return;
        }
        List<String> wrapped = wrap(text, WIDTH - indent);
        for (int i = 0; i < wrapped.size(); i++) {
            lines.add((i == 0 ? first : next) + wrapped.get(i));
        }
        if (wrapped.isEmpty()) {
            lines.add(first);
        }
    }

    /**
     * A table cell's lines: the text as is when it fits (a path's double spaces kept), else wrapped; past
     * {@link #CELL_LINES} lines the middle is elided (a 4,000-character path), the JSON report has it whole.
     */
    private static List<String> cell(String text, int width) {
        if (text.length() <= width) {
            return List.of(text);
        }
        List<String> lines = wrap(text, width);
        if (lines.size() <= CELL_LINES) {
            return lines;
        }
        String last = lines.getLast();
        String tail = text.substring(Math.max(0, text.length() - (width - 1)));
        return List.of(lines.getFirst(), "\u2026" + (last.length() < width - 1 ? tail : last.substring(1)));
    }

    /** Pads {@code text} with spaces to {@code width}. */
    static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    /**
     * Lays out a table within {@link #WIDTH}: columns are as wide as their widest cell, the first {@code flexible}
     * ones shrink (sharing what the fixed ones leave) and their cells wrap onto more lines.
     */
    static List<String> table(List<String[]> rows, int flexible) {
        int columns = rows.getFirst().length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        int fixed = 2 * (columns - 1);
        for (int i = flexible; i < columns; i++) {
            fixed += widths[i];
        }
        int room = Math.max(flexible * 12, WIDTH - fixed);
        int natural = 0;
        for (int i = 0; i < flexible; i++) {
            natural += widths[i];
        }
        if (natural > room) {
            // Each flexible column keeps its natural width if that is under its fair share, else shares the rest.
            int left = room;
            int open = flexible;
            boolean[] settled = new boolean[flexible];
            for (boolean changed = true; changed; ) {
                changed = false;
                for (int i = 0; i < flexible; i++) {
                    if (!settled[i] && widths[i] <= left / open) {
                        settled[i] = true;
                        left -= widths[i];
                        open--;
                        changed = true;
                    }
                }
            }
            for (int i = 0; i < flexible; i++) {
                if (!settled[i]) {
                    widths[i] = left / open;
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < columns; i++) {
                List<String> cell = cell(row[i], Math.max(1, widths[i]));
                cells.add(cell);
                height = Math.max(height, cell.size());
            }
            for (int h = 0; h < height; h++) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < columns; i++) {
                    String part = h < cells.get(i).size() ? cells.get(i).get(h) : "";
                    line.append(i == 0 ? "" : "  ").append(i == columns - 1 ? part : pad(part, widths[i]));
                }
                lines.add(line.toString().stripTrailing());
            }
        }
        return lines;
    }
}
