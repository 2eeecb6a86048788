package org.licenselens.match;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.licenselens.corpus.CorpusLoader;
import org.licenselens.index.LicenseIndex;
import org.licenselens.index.LicenseInfo;
import org.licenselens.index.Reference;
import org.licenselens.index.ReferenceKind;
import org.licenselens.text.LineMap;
import org.licenselens.text.TextNormalizer;
import org.licenselens.text.Tokens;

/**
 * The LicenseDB texts that near matches are diffed against: the text a reviewer knows and would read, not the
 * ScanCode rule variant that happened to match best. Read from the corpus on first use, once per key (only near
 * matches need them); a key whose file is gone or changed since the index was built has none. Thread-safe.
 */
final class LicenseTexts {
    /**
     * One license text as written, with its terms.
     *
     * @param text        the text after the front matter, verbatim
     * @param tokens      its normalized terms with their offsets in {@code text}
     * @param ids         the terms' dictionary ids, equal to the index's own for this license
     * @param lines       line map of {@code text}
     * @param titleLength leading terms forming the title, which an input may omit
     */
    record Known(String text, Tokens tokens, int[] ids, LineMap lines, int titleLength) {}

    private final LicenseIndex index;
    private final Map<String, Optional<Known>> texts = new ConcurrentHashMap<>();
    private volatile Map<String, Reference> licenses;

    LicenseTexts(LicenseIndex index) {
        this.index = index;
    }

    Optional<Known> get(String key) {
        return texts.computeIfAbsent(key, this::load);
    }

    private Optional<Known> load(String key) {
        Reference reference = licenses().get(key);
        Optional<LicenseInfo> info = index.license(key);
        if (reference == null || info.isEmpty() || info.get().source() == null) {
            return Optional.empty();
        }
        String text;
        try {
            text = CorpusLoader.license(Path.of(info.get().source())).text();
        } catch (Exception e) {
            // The corpus moved or changed since the index was built: the diff falls back to the matched terms.
            return Optional.empty();
        }
        Tokens tokens = TextNormalizer.tokenize(text);
        int[] ids = index.dictionary().ids(tokens.terms());
        if (!Arrays.equals(ids, reference.ids())) {
            return Optional.empty(); // not the text the index holds for this key
        }
        return Optional.of(new Known(text, tokens, ids, LineMap.of(text), reference.titleLength()));
    }

    private Map<String, Reference> licenses() {
        Map<String, Reference> byKey = licenses;
        if (byKey == null) {
            Map<String, Reference> built = new ConcurrentHashMap<>();
            for (Reference r : index.references()) {
                if (r.kind() == ReferenceKind.LICENSE) {
                    built.putIfAbsent(r.identifier(), r);
                }
            }
            byKey = built;
            licenses = byKey;
        }
        return byKey;
    }
}
