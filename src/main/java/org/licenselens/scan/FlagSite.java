package org.licenselens.scan;

import java.util.Objects;
import org.licenselens.clause.ClauseFlag;

/** A flagged clause and the file it is in. */
public record FlagSite(String path, ClauseFlag flag) {
    public FlagSite {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(flag, "flag");
    }
}
