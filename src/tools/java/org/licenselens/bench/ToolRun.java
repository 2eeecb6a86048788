package org.licenselens.bench;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of running one tool over a benchmark set.
 *
 * @param tool    the tool's name in reports
 * @param note    how the tool was run (version, flags, sampling); shown in the report
 * @param score   the aggregate score
 * @param results per-file answers, in benchmark order
 */
public record ToolRun(String tool, String note, Score score, List<CaseResult> results) {
    public ToolRun {
        Objects.requireNonNull(tool, "tool");
        note = note == null ? "" : note;
        Objects.requireNonNull(score, "score");
        results = List.copyOf(results);
        if (results.size() != score.files()) {
            throw new IllegalArgumentException("score counts " + score.files() + " files but there are "
                    + results.size() + " results");
        }
    }
}
