package org.licenselens.match;

import java.util.ArrayList;
import java.util.List;
import org.licenselens.index.LicenseInfo;
import org.licenselens.testing.TestCorpus;

/** SPDX ids and names of the corpus's own licenses, read at test time: tests never carry a list of their own. */
final class CorpusIds {
    private CorpusIds() {}

    /** A license as a catalogue lists it. */
    record Named(String key, String spdx, String name) {}

    /** Returns {@code count} licenses with a real SPDX id (no exceptions, no LicenseRef), evenly spread, sorted. */
    static List<Named> sample(int count) {
        List<Named> all = new ArrayList<>();
        for (LicenseInfo info : TestCorpus.analysis().index().licenses().values()) {
            if (!info.exception() && !info.spdx().startsWith("LicenseRef-") && !info.spdx().contains(" ")) {
                all.add(new Named(info.key(), info.spdx(), info.name().replace('"', '\'')));
            }
        }
        all.sort(java.util.Comparator.comparing(Named::spdx));
        List<Named> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picked.add(all.get((int) ((long) i * all.size() / count)));
        }
        return picked;
    }
}
