package org.licenselens.policy;

import java.nio.file.Path;
import java.util.List;

/**
 * A parsed policy file ({@code licenselens.yml}), or the empty policy when there is none.
 *
 * @param file           where it was read from, or {@code null} for none
 * @param licenses       allowed, flagged and denied license categories and keys
 * @param failOn         gate conditions, as {@code --fail-on} takes them ({@code mismatch}, {@code training-ban},
 *                       {@code category:Copyleft}, ...)
 * @param ignore         glob patterns of root-relative paths the scan leaves out ({@code tests/data/**})
 * @param licenseFolders corpus additions: folders of {@code .LICENSE} files, resolved against the policy file's
 *                       folder
 * @param decisions      accepted review items, in file order
 * @param lines          where each value sits in the file, for messages about values checked later
 */
public record Policy(Path file, LicenseRules licenses, List<String> failOn, List<String> ignore,
                     List<Path> licenseFolders, List<Decision> decisions, YamlLines lines) {
    public Policy {
        licenses = licenses == null ? LicenseRules.NONE : licenses;
        failOn = List.copyOf(failOn);
        ignore = List.copyOf(ignore);
        licenseFolders = List.copyOf(licenseFolders);
        decisions = List.copyOf(decisions);
        lines = lines == null ? YamlLines.NONE : lines;
    }

    /** No policy file: nothing allowed or denied, no decisions. */
    public static Policy none() {
        return new Policy(null, null, List.of(), List.of(), List.of(), List.of(), null);
    }

    /** Whether a policy file was read. */
    public boolean present() {
        return file != null;
    }

    /** An error about the value at {@code pointer} ({@code /licenses/denied/keys/2}), naming its line. */
    PolicyException error(String pointer, String what) {
        return new PolicyException(file, lines.line(pointer), what);
    }
}
