package org.licenselens.bench;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.licenselens.FileResult;
import org.licenselens.LicenseLens;
import org.licenselens.match.LicenseExpressions;

/**
 * licenselens itself as a benchmark tool: the keys of every match, files identified in parallel in one JVM, as
 * a user's {@code identify} run would.
 */
public final class LicenselensIdentifier implements BatchIdentifier {
    private final LicenseLens lens;

    public LicenselensIdentifier(LicenseLens lens) {
        this.lens = lens;
    }

    @Override
    public Map<Path, Set<String>> identifyAll(List<Path> files) {
        Map<Path, Set<String>> found = new ConcurrentHashMap<>();
        files.parallelStream().forEach(file -> {
            FileResult result = lens.identify(file, file.toString());
            if (!result.failed()) {
                found.put(file, keys(result));
            }
        });
        return found;
    }

    static Set<String> keys(FileResult result) {
        return new LinkedHashSet<>(LicenseExpressions.keys(result.detection().expression()));
    }
}
