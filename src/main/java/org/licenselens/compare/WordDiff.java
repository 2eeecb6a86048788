package org.licenselens.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Word-level differences between two clauses, with java-diff-utils (Myers). */
final class WordDiff {
    private WordDiff() {
    }

    /**
     * Returns how {@code revised} differs from {@code reference}, word by word, in text order. Words that differ
     * only in typography (curly or straight quotes, dash styles) count as equal.
     */
    static List<DiffSegment> diff(String reference, String revised) {
        List<String> from = words(reference);
        List<String> to = words(revised);
        // Diffed on typography-free words, computed once: an equalizer would normalize on every comparison.
        Patch<String> patch = DiffUtils.diff(plain(from), plain(to));
        List<DiffSegment> segments = new ArrayList<>();
        // Equal words are shown as the revised text has them, so a typographic variant is never hidden.
        int kept = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int sourceStart = delta.getSource().getPosition();
            int targetStart = delta.getTarget().getPosition();
            add(segments, DiffSegment.Kind.EQUAL, to.subList(kept, targetStart));
            add(segments, DiffSegment.Kind.REMOVED, from.subList(sourceStart, sourceStart + delta.getSource().size()));
            add(segments, DiffSegment.Kind.ADDED, to.subList(targetStart, targetStart + delta.getTarget().size()));
            kept = targetStart + delta.getTarget().size();
        }
        add(segments, DiffSegment.Kind.EQUAL, to.subList(kept, to.size()));
        return List.copyOf(segments);
    }

    private static List<String> plain(List<String> words) {
        return words.stream().map(Wording::typographic).toList();
    }

    private static List<String> words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
    }

    // Adjacent runs of one kind merge, so a reader sees "removed A B" rather than two removals.
    private static void add(List<DiffSegment> segments, DiffSegment.Kind kind, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join(" ", words);
        if (!segments.isEmpty() && segments.getLast().kind() == kind) {
            text = segments.removeLast().text() + " " + text;
        }
        segments.add(new DiffSegment(kind, text));
    }
}
