package org.licenselens.bench;

import org.licenselens.analysis.ClauseMode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.licenselens.analysis.FileResult;
import org.licenselens.LicenseLens;
import org.licenselens.match.LicenseExpressions;

/**
 * licenselens itself as a benchmark tool: the keys of every match, files identified in parallel in one JVM with
 * {@link LicenseLens#identifyAll}, as a user's {@code identify} run does.
 */
public final class LicenselensIdentifier implements BatchIdentifier {
    private final LicenseLens lens;

    public LicenselensIdentifier(LicenseLens lens) {
        this.lens = lens;
    }

    @Override
    public Map<Path, Set<String>> identifyAll(List<Path> files) {
        Map<Path, Set<String>> found = new HashMap<>();
        List<FileResult> results = lens.identifyAll(files, ClauseMode.NONE);
        for (int i = 0; i < files.size(); i++) {
            if (!results.get(i).failed()) {
                found.put(files.get(i), keys(results.get(i)));
            }
        }
        return found;
    }

    static Set<String> keys(FileResult result) {
        return new LinkedHashSet<>(LicenseExpressions.keys(result.detection().expression()));
    }
}
