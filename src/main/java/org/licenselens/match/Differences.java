package org.licenselens.match;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.licenselens.index.Reference;
import org.licenselens.index.TermDictionary;

/** Computes what a modified license text changed, word by word, for {@code --diff}. */
final class Differences {
    private static final int MAX_TEXT = 400;

    private Differences() {}

    static List<Difference> of(Query query, LicenseMatch match, TermDictionary dictionary) {
        Reference ref = match.reference();
        int refStart = match.blocks().getFirst().reference() < ref.titleLength() ? 0 : ref.titleLength();
        List<Integer> expected = Arrays.stream(ref.ids(), refStart, ref.length()).boxed().toList();
        List<Integer> actual = Arrays.stream(query.ids(), match.queryStart(), match.queryEnd()).boxed().toList();
        List<Difference> differences = new ArrayList<>();
        for (AbstractDelta<Integer> delta : DiffUtils.diff(expected, actual).getDeltas()) {
            StringBuilder removed = new StringBuilder();
            for (int id : delta.getSource().getLines()) {
                removed.append(removed.isEmpty() ? "" : " ").append(dictionary.term(id));
            }
            int first = match.queryStart() + delta.getTarget().getPosition();
            int count = delta.getTarget().size();
            String added = "";
            int startLine;
            int endLine;
            if (count > 0) {
                int from = query.tokens().startOffsets()[first];
                int to = query.tokens().endOffsets()[first + count - 1];
                added = query.text().substring(from, to);
                startLine = query.lineOfToken(first);
                endLine = query.lineOfToken(first + count - 1);
            } else {
                startLine = query.lineOfToken(Math.min(first, match.queryEnd() - 1));
                endLine = startLine;
            }
            differences.add(new Difference(startLine, endLine, clip(removed.toString()), clip(added)));
        }
        return differences;
    }

    private static String clip(String s) {
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT) + "…";
    }
}
