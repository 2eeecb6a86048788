package org.licenselens.scan;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Tells license-bearing files by their names, and version-control folders. */
final class LicenseFiles {
    private static final List<String> LICENSE_PREFIXES = List.of("LICENSE", "LICENCE", "COPYING", "UNLICENSE");
    private static final List<String> NOTICE_PREFIXES = List.of("NOTICE", "COPYRIGHT");
    private static final List<String> POLICY_PREFIXES = List.of("USE_POLICY", "USE-POLICY", "ACCEPTABLE_USE",
            "ACCEPTABLE-USE");
    private static final Set<String> README_EXTENSIONS = Set.of("", ".MD", ".MARKDOWN", ".TXT", ".RST");
    private static final Set<String> MANIFESTS = Set.of("pom.xml", "package.json", "pyproject.toml", "Cargo.toml",
            "setup.cfg");
    /** Folders of version-control systems: their content is history, not the tree's license. */
    static final Set<String> VCS_FOLDERS = Set.of(".git", ".hg", ".svn", ".bzr", "_darcs", "CVS", ".pijul", ".jj",
            ".sl", ".fossil-settings", "SCCS", "RCS");
    /** The REUSE specification keeps license texts in a folder of this name. */
    static final String REUSE_FOLDER = "LICENSES";

    private LicenseFiles() {}

    /** Returns the role of a file named {@code name}, or {@code null} when it bears no license by its name. */
    static FileRole role(String name, boolean inReuseFolder) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (inReuseFolder || startsWithAny(upper, LICENSE_PREFIXES) || upper.endsWith(".LICENSE")) {
            return FileRole.LICENSE;
        }
        if (startsWithAny(upper, NOTICE_PREFIXES)) {
            return FileRole.NOTICE;
        }
        if (startsWithAny(upper, POLICY_PREFIXES)) {
            return FileRole.POLICY;
        }
        if (upper.startsWith("README") && README_EXTENSIONS.contains(upper.substring("README".length()))) {
            return FileRole.README;
        }
        if (MANIFESTS.contains(name) || upper.endsWith(".GEMSPEC")) {
            return FileRole.MANIFEST;
        }
        return null;
    }

    private static boolean startsWithAny(String upper, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (upper.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
