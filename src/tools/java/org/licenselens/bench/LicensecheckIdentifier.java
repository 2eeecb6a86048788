package org.licenselens.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's {@code licensecheck} over many files per process and maps its answers to ScanCode keys.
 *
 * <p>Flags, and why: {@code --machine} gives one {@code path<TAB>licenses} line per file;
 * {@code --shortname-scheme=spdx} names licenses by SPDX id where licensecheck knows one; {@code --lines 0}
 * reads whole files instead of the first 60 lines; {@code --check .*} and {@code --ignore ^$} because with
 * several paths licensecheck otherwise silently skips files that do not look like source code (e.g.
 * {@code COPYING}, {@code .txt}), which would score it on a different set of files. Names are translated by
 * {@link LicensecheckNames}.
 */
public final class LicensecheckIdentifier implements BatchIdentifier {
    /** The command line before the file arguments. */
    public static final List<String> COMMAND = List.of("licensecheck", "--machine", "--shortname-scheme=spdx",
            "--lines", "0", "--check", ".*", "--ignore", "^$");

    private final LicensecheckNames names;

    /** Creates an identifier that maps licensecheck's names through {@code keys}. */
    public LicensecheckIdentifier(LicenseKeyMap keys) {
        this.names = new LicensecheckNames(keys);
    }

    /** Creates an identifier from the two key maps (see {@link LicenseKeyMap}). */
    public LicensecheckIdentifier(Map<String, String> keyToSpdx, Map<String, String> spdxToKey) {
        this(new LicenseKeyMap(keyToSpdx, spdxToKey));
    }

    /** Returns true if a {@code licensecheck} executable answers on this machine. */
    public static boolean isInstalled() {
        return Processes.answers(List.of("licensecheck", "--version"));
    }

    /** Returns licensecheck's version line, or "unknown". */
    public static String version() {
        return Processes.firstLineMatching(List.of("licensecheck", "--version"), "version").orElse("unknown");
    }

    @Override
    public Map<Path, Set<String>> identifyAll(List<Path> files) throws IOException, InterruptedException {
        Map<String, Path> byArgument = new LinkedHashMap<>();
        for (Path file : files) {
            byArgument.put(file.toAbsolutePath().toString(), file);
        }
        List<String> command = new ArrayList<>(COMMAND);
        command.addAll(byArgument.keySet());
        String stdout = Processes.run(command, TimeUnit.MINUTES.toSeconds(30));
        Map<Path, Set<String>> answers = new HashMap<>();
        parse(stdout).forEach((path, licenses) -> {
            Path file = byArgument.get(path);
            if (file != null) {
                answers.put(file, names.toKeys(licenses));
            }
        });
        return answers;
    }

    /**
     * Parses {@code --machine} output into path → license field, in output order. Lines are
     * {@code path<TAB>licenses[<TAB>copyright]}; lines without a tab (warnings) are skipped.
     */
    public static Map<String, String> parse(String machineOutput) {
        Objects.requireNonNull(machineOutput, "machineOutput");
        Map<String, String> byPath = new LinkedHashMap<>();
        for (String line : machineOutput.split("\r?\n")) {
            String[] fields = line.split("\t", -1);
            if (fields.length >= 2 && !fields[0].isEmpty()) {
                byPath.put(fields[0], fields[1].strip());
            }
        }
        return byPath;
    }

}
