package org.licenselens.index;

import java.nio.file.Files;
import java.nio.file.Path;
import org.licenselens.corpus.CorpusLocation;
import org.licenselens.text.TextNormalizer;

/**
 * Test program for concurrent runs in separate processes: waits until file {@code GO} exists, so several JVMs
 * open at the same moment, then opens (or builds) the index of {@code CORPUS} in {@code INDEX_ROOT}, printing the
 * store's messages and what it found.
 */
public final class OpenIndex {
    private OpenIndex() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path indexRoot = Path.of(args[1]);
        Path go = Path.of(args[2]);
        while (!Files.exists(go)) {
            Thread.sleep(1);
        }
        try (LicenseIndex index = IndexStore.open(CorpusLocation.of(corpus), indexRoot,
                line -> System.out.println("log: " + line))) {
            String file = Files.readString(corpus.resolve(CorpusLocation.LICENSE_DIR).resolve("mit.LICENSE"));
            String mit = file.substring(file.indexOf("\n---", 3) + 4); // the text after the front matter
            int[] ids = index.dictionary().ids(TextNormalizer.tokenize(mit).terms());
            int[] candidates = index.candidates(ids, 64, 3);
            String first = candidates.length == 0 ? "none" : index.references().get(candidates[0]).expression();
            System.out.println("licenses " + index.licenseCount() + " rules " + index.ruleCount()
                    + " first candidate for mit " + first);
        }
    }
}
