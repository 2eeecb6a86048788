package org.licenselens.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what the detector drops during one detection, merging identical drops as they come: memory stays
 * proportional to the distinct candidates, not to the repetitions of a text. Not thread-safe: one per detection.
 */
final class Discards {
    private record Key(DiscardReason reason, String rule, String expression, MatchKind kind) {}

    private final Map<Key, Discarded> byKey = new LinkedHashMap<>();

    /** Records that {@code match} was dropped for {@code reason}. */
    void add(LicenseMatch match, DiscardReason reason, String detail) {
        String rule = match.reference() == null ? null : match.reference().identifier();
        add(new Discarded(reason, match.expression(), rule, match.kind(), match.startLine(), match.endLine(),
                match.score(), match.coverage(), detail, match.count()));
    }

    /** Records a drop; of identical drops, the one that came closest (highest coverage) is kept as the example. */
    void add(Discarded d) {
        byKey.merge(new Key(d.reason(), d.rule(), d.expression(), d.kind()), d, (old, now) -> now.coverage() > old.coverage()
                ? now.plus(old.count()) : old.plus(now.count()));
    }

    List<Discarded> toList() {
        return new ArrayList<>(byKey.values());
    }
}
