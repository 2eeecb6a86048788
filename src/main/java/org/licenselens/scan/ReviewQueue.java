package org.licenselens.scan;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.licenselens.clause.ClauseFlag;
import org.licenselens.corpus.CorpusLoader;
import org.licenselens.index.LicenseIndex;
import org.licenselens.index.LicenseInfo;
import org.licenselens.match.Detection;
import org.licenselens.match.Difference;
import org.licenselens.match.LicenseExpressions;
import org.licenselens.match.LicenseMatch;
import org.licenselens.match.MatchKind;

/** Ranks what a person must look at: unknown texts, near matches, mismatches, flagged licenses, unreadable files. */
final class ReviewQueue {
    /** At most this many differences are kept per item; a reviewer reads the rest in the file. */
    static final int MAX_DIFFERENCES = 50;
    private static final int MAX_DIFF_TEXT = 300;

    private ReviewQueue() {}

    static List<ReviewItem> build(List<ScannedFile> files, List<Mismatch> mismatches, List<LineageConflict> conflicts,
                                  Map<String, List<Difference>> unknownDiffs, LicenseIndex index) {
        List<ReviewItem> items = new ArrayList<>();
        Set<String> queued = new HashSet<>();
        for (ScannedFile f : files) {
            if (f.unknown()) {
                Detection d = f.result().detection();
                List<Detection.UnknownRegion> regions = d.unknownRegions();
                String closest = d.closest().stream()
                        .map(c -> spdx(index, c.key()) + String.format(Locale.ROOT, " %.2f", c.similarity()))
                        .collect(Collectors.joining(", "));
                items.add(new ReviewItem(items.size() + 1, ReviewKind.UNKNOWN, f.path(), regions.getFirst().startLine(),
                        regions.getLast().endLine(), "license-like text that no known license explains"
                        + (closest.isEmpty() ? "" : "; closest: " + closest), d.closest(),
                        unknownDiffs.getOrDefault(f.path(), List.of()), sites(f), null, null));
                queued.add(f.path());
            }
        }
        for (ScannedFile f : files) {
            if (f.failed() || queued.contains(f.path())) {
                continue;
            }
            Optional<LicenseMatch> near = f.result().detection().matches().stream()
                    .filter(m -> m.kind() == MatchKind.NEAR)
                    .max((a, b) -> Integer.compare(a.matchedLength(), b.matchedLength()));
            if (near.isPresent()) {
                LicenseMatch m = near.get();
                List<Detection.Closest> closest = m.keys().stream()
                        .map(k -> new Detection.Closest(k, round(m.score()))).toList();
                items.add(new ReviewItem(items.size() + 1, ReviewKind.NEAR, f.path(), m.startLine(), m.endLine(),
                        String.format(Locale.ROOT, "a modified %s text: %.0f%% of it found, %d difference%s",
                                spdx(index, m.expression()), m.coverage() * 100, m.differences().size(),
                                m.differences().size() == 1 ? "" : "s"),
                        closest, clip(m.differences()), sites(f), null, null));
                queued.add(f.path());
            }
        }
        for (Mismatch mm : mismatches) {
            Declaration d = mm.declared();
            String held = mm.detected().stream()
                    .map(l -> l.path() + " holds " + (l.expression().isEmpty() ? "no known license"
                            : spdx(index, l.expression())))
                    .collect(Collectors.joining("; "));
            items.add(new ReviewItem(items.size() + 1, ReviewKind.MISMATCH, d.path(), d.line(), d.line(),
                    d.source() + " " + d.field() + " declares " + spdx(index, d.expression()) + ", but " + held,
                    List.of(), List.of(), List.of(), mm, null));
        }
        for (LineageConflict c : conflicts) {
            items.add(new ReviewItem(items.size() + 1, ReviewKind.LINEAGE_CONFLICT, c.path(), c.line(), c.line(),
                    c.reason(), List.of(), List.of(), List.of(), null, null, c));
        }
        for (ScannedFile f : files) {
            if (f.failed() || queued.contains(f.path()) || f.result().clauses() == null
                    || f.result().clauses().flags().isEmpty()) {
                continue;
            }
            List<ClauseFlag> flags = f.result().clauses().flags();
            String types = flags.stream().map(fl -> fl.type().jsonName()).distinct().collect(Collectors.joining(", "));
            items.add(new ReviewItem(items.size() + 1, ReviewKind.FLAGS, f.path(),
                    flags.stream().mapToInt(ClauseFlag::startLine).min().orElse(1),
                    flags.stream().mapToInt(ClauseFlag::endLine).max().orElse(1),
                    flags.size() + " flagged clause" + (flags.size() == 1 ? "" : "s") + ": " + types,
                    List.of(), List.of(), sites(f), null, null));
        }
        for (ScannedFile f : files) {
            if (f.failed()) {
                items.add(new ReviewItem(items.size() + 1, ReviewKind.UNREADABLE, f.path(), 1, 1,
                        "could not be read: " + f.result().error(), List.of(), List.of(), List.of(), null,
                        f.result().error()));
            }
        }
        return items;
    }

    private static List<FlagSite> sites(ScannedFile f) {
        if (f.result().clauses() == null) {
            return List.of();
        }
        return f.result().clauses().flags().stream().map(flag -> new FlagSite(f.path(), flag)).toList();
    }

    private static String spdx(LicenseIndex index, String expression) {
        return LicenseExpressions.spdxExpression(expression, index);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static List<Difference> clip(List<Difference> differences) {
        List<Difference> kept = new ArrayList<>();
        for (Difference d : differences) {
            if (kept.size() == MAX_DIFFERENCES) {
                break;
            }
            kept.add(d.withTexts(clip(d.removed()), clip(d.added())));
        }
        return kept;
    }

    private static String clip(String s) {
        return s.length() <= MAX_DIFF_TEXT ? s : s.substring(0, MAX_DIFF_TEXT - 3) + "...";
    }

    /**
     * Word diffs of unknown text against the text of its closest known license, so a reviewer sees at once
     * what was changed. Known texts are read from the corpus once per key. Thread-safe.
     */
    static final class UnknownDiffs {
        private final LicenseIndex index;
        private final Map<String, Optional<List<Word>>> references = new ConcurrentHashMap<>();

        UnknownDiffs(LicenseIndex index) {
            this.index = index;
        }

        private record Word(String shown, String key, int line) {}

        /** The differences of the unknown regions of {@code text} from its closest license, at most {@link #MAX_DIFFERENCES}. */
        List<Difference> against(String text, Detection detection) {
            if (detection.closest().isEmpty() || detection.unknownRegions().isEmpty()) {
                return List.of();
            }
            Optional<List<Word>> reference = references.computeIfAbsent(detection.closest().getFirst().key(), this::load);
            if (reference.isEmpty()) {
                return List.of();
            }
            int first = detection.unknownRegions().getFirst().startLine();
            int last = detection.unknownRegions().getLast().endLine();
            List<Word> query = words(text, first, last);
            List<Word> ref = reference.get();
            var patch = DiffUtils.diff(ref.stream().map(Word::key).toList(), query.stream().map(Word::key).toList());
            List<Difference> found = new ArrayList<>();
            for (AbstractDelta<String> delta : patch.getDeltas()) {
                if (found.size() == MAX_DIFFERENCES) {
                    break;
                }
                Chunk<String> source = delta.getSource();
                Chunk<String> target = delta.getTarget();
                String removed = join(ref, source.getPosition(), source.size());
                String added = join(query, target.getPosition(), target.size());
                int at = Math.min(target.getPosition(), Math.max(0, query.size() - 1));
                int startLine = query.isEmpty() ? first : query.get(at).line();
                int endLine = target.size() == 0 || query.isEmpty() ? startLine
                        : query.get(target.getPosition() + target.size() - 1).line();
                found.add(new Difference(startLine, Math.max(startLine, endLine), clip(removed), clip(added)));
            }
            return found;
        }

        private Optional<List<Word>> load(String key) {
            try {
                Optional<LicenseInfo> info = index.license(key);
                if (info.isEmpty() || info.get().source() == null) {
                    return Optional.empty();
                }
                String text = CorpusLoader.license(Path.of(info.get().source())).text();
                return Optional.of(words(text, 1, Integer.MAX_VALUE));
            } catch (Exception e) {
                // the corpus changed under us or the file is gone: the item is still listed, only without a diff
                return Optional.empty();
            }
        }

        private static List<Word> words(String text, int firstLine, int lastLine) {
            List<Word> words = new ArrayList<>();
            int line = 1;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\n') {
                    line++;
                    i++;
                    continue;
                }
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (line >= firstLine && line <= lastLine) {
                    String shown = text.substring(start, i);
                    String key = shown.toLowerCase(Locale.ROOT).replaceAll("^\\p{Punct}+|\\p{Punct}+$", "");
                    if (!key.isEmpty()) {
                        words.add(new Word(shown, key, line));
                    }
                }
            }
            return words;
        }

        private static String join(List<Word> words, int from, int count) {
            StringBuilder b = new StringBuilder();
            for (int i = from; i < from + count && i < words.size(); i++) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(words.get(i).shown());
            }
            return b.toString();
        }
    }
}
