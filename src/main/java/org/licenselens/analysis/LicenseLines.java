package org.licenselens.analysis;

import java.util.BitSet;
import org.licenselens.match.Detection;
import org.licenselens.match.LicenseMatch;
import org.licenselens.match.MatchKind;
import org.licenselens.text.LineMap;

/**
 * The part of a file that a license document's clause analysis reads: the lines of its full and near matches and
 * of its unknown license-like regions, each widened to its paragraph. A source file with a BSD header, or a
 * 280 KB standards document quoting a license, is mostly code or prose that no clause flag is about, and the
 * clause analysis costs about 25–45 ms per KB (BENCHMARKS.md): reading only these lines makes its cost follow the
 * license text, not the file.
 */
final class LicenseLines {
    /** How far a range is widened to the blank line that ends its paragraph: a sentence cut by a match's edge. */
    private static final int PARAGRAPH_REACH = 5;

    private LicenseLines() {
    }

    /**
     * {@code text} with every line outside the license lines blanked (its characters but the line ends replaced by
     * spaces), so lines, offsets and the segmenter's blocks stay where they were; {@code text} itself when the
     * license lines are all of it.
     */
    static String of(Detection detection, String text, LineMap lines) {
        BitSet keep = new BitSet(lines.lineCount() + 2);
        for (LicenseMatch m : detection.matches()) {
            if (m.kind() == MatchKind.FULL || m.kind() == MatchKind.NEAR) {
                for (var range : m.lineRanges()) {
                    widen(keep, text, lines, range.startLine(), range.endLine());
                }
            }
        }
        for (Detection.UnknownRegion region : detection.unknownRegions()) {
            widen(keep, text, lines, region.startLine(), region.endLine());
        }
        if (keep.nextClearBit(1) > lines.lineCount()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int line = keep.nextClearBit(1); line <= lines.lineCount(); line = keep.nextClearBit(line + 1)) {
            int end = line < lines.lineCount() ? lines.lineStart(line + 1) : chars.length;
            for (int i = lines.lineStart(line); i < end; i++) {
                if (chars[i] != '\n' && chars[i] != '\r') {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }

    private static void widen(BitSet keep, String text, LineMap lines, int start, int end) {
        int first = Math.max(1, start);
        int last = Math.min(lines.lineCount(), end);
        for (int reach = 0; reach < PARAGRAPH_REACH && first > 1 && !blank(text, lines, first - 1); reach++) {
            first--;
        }
        for (int reach = 0; reach < PARAGRAPH_REACH && last < lines.lineCount() && !blank(text, lines, last + 1);
                reach++) {
            last++;
        }
        keep.set(first, last + 1);
    }

    private static boolean blank(String text, LineMap lines, int line) {
        int end = line < lines.lineCount() ? lines.lineStart(line + 1) : text.length();
        for (int i = lines.lineStart(line); i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
