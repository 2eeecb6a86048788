package org.licenselens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code licensee} Ruby gem over many files in one Ruby process and maps its SPDX ids to ScanCode keys.
 *
 * <p>Fairness: {@code licensee detect FILE} only looks at a file whose <em>name</em> says it is a license
 * ({@code LICENSE}, {@code COPYING}...); for {@code foo.c} it returns nothing without reading it. So every file
 * is judged as if it were a project's {@code LICENSE} — the same matchers (copyright-only, exact, Dice at the
 * default 98% confidence) that {@code licensee detect DIR} applies to {@code DIR/LICENSE}. The bundled driver
 * {@code licensee-batch.rb} does this for all files in one interpreter, so start-up is paid once per batch;
 * {@link LicenseeCliIdentifier} measures the per-file CLI instead. licensee names at most one license per file.
 */
public final class LicenseeIdentifier implements BatchIdentifier {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DRIVER = "licensee-batch.rb";

    private final LicenseKeyMap keys;
    private final Path driver;

    /** Creates an identifier that maps licensee's SPDX ids through {@code keys}. */
    public LicenseeIdentifier(LicenseKeyMap keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.driver = extractDriver();
    }

    /** Creates an identifier from the two key maps (see {@link LicenseKeyMap}). */
    public LicenseeIdentifier(Map<String, String> keyToSpdx, Map<String, String> spdxToKey) {
        this(new LicenseKeyMap(keyToSpdx, spdxToKey));
    }

    /** Returns true if the {@code licensee} command answers on this machine. */
    public static boolean isInstalled() {
        return Processes.answers(List.of("licensee", "version"));
    }

    /** Returns licensee's version, or "unknown". */
    public static String version() {
        return Processes.firstLineMatching(List.of("licensee", "version"), ".").orElse("unknown");
    }

    @Override
    public Map<Path, Set<String>> identifyAll(List<Path> files) throws IOException, InterruptedException {
        Map<String, Path> byArgument = new LinkedHashMap<>();
        for (Path file : files) {
            byArgument.put(file.toAbsolutePath().toString(), file);
        }
        String stdin = String.join("\n", byArgument.keySet()) + "\n";
        String stdout = Processes.run(List.of("ruby", driver.toString()), TimeUnit.HOURS.toSeconds(1), stdin);
        Map<Path, Set<String>> answers = new HashMap<>();
        for (String line : stdout.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode answer = JSON.readTree(line);
            Path file = byArgument.get(answer.path("path").asText());
            if (file != null && !answer.has("error")) {
                answers.put(file, toKeys(answer.path("spdx_id").asText(null), keys));
            }
        }
        return answers;
    }

    /**
     * Maps one licensee SPDX id to ScanCode keys: {@code NOASSERTION} (licensee's "other"), {@code NONE}
     * ("no-license", a copyright line only) and null mean nothing was identified. An id ScanCode does not know
     * is kept as {@code licensee:<id>} and so counts as a wrong key.
     */
    static Set<String> toKeys(String spdxId, LicenseKeyMap keys) {
        if (spdxId == null || spdxId.isBlank() || spdxId.equals("NOASSERTION") || spdxId.equals("NONE")) {
            return Set.of();
        }
        return Set.of(keys.keyForSpdx(spdxId).orElse("licensee:" + spdxId.toLowerCase(Locale.ROOT)));
    }

    // Ruby needs the script as a file; the jar only has it as a resource.
    private static Path extractDriver() {
        try (InputStream in = LicenseeIdentifier.class.getResourceAsStream(DRIVER)) {
            if (in == null) {
                throw new IllegalStateException("resource " + DRIVER + " missing from the classpath");
            }
            Path script = Files.createTempFile("licenselens-licensee", ".rb");
            script.toFile().deleteOnExit();
            Files.write(script, in.readAllBytes());
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract " + DRIVER, e);
        }
    }
}
