package org.licenselens.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Where the corpus is: a root holding {@code scancode-licensedb/} and optionally {@code scancode-rules/}, plus
 * directories of the user's own {@code .LICENSE} files.
 *
 * <p>A user license whose key equals a corpus key overrides the corpus license; among the extra directories a
 * later one overrides an earlier one. Other directories under the root (such as {@code model-repos/}) are not
 * part of the corpus. Paths are stored absolute and normalized.
 *
 * @param root             the corpus root
 * @param extraLicenseDirs the user's license directories, in increasing precedence
 */
public record CorpusLocation(Path root, List<Path> extraLicenseDirs) {
    /** The environment variable naming the corpus root. */
    public static final String ENV_VARIABLE = "LICENSELENS_CORPUS";
    /** The system property naming the corpus root. */
    public static final String SYSTEM_PROPERTY = "licenselens.corpus";
    /** The classpath resource holding the corpus root known at build time, under key {@code corpus.default}. */
    public static final String BUILD_PROPERTIES = "org/licenselens/corpus/build.properties";
    /** The directory of {@code .LICENSE} files under the root. */
    public static final String LICENSE_DIR = "scancode-licensedb";
    /** The directory of {@code .RULE} files under the root. */
    public static final String RULES_DIR = "scancode-rules";

    private static final String FIX = "Point --corpus or the environment variable " + ENV_VARIABLE
            + " at a directory that contains " + LICENSE_DIR + "/ (and optionally " + RULES_DIR + "/).";

    public CorpusLocation {
        root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        extraLicenseDirs = extraLicenseDirs.stream().map(dir -> dir.toAbsolutePath().normalize()).toList();
    }

    /** Returns a location without extra license directories. */
    public static CorpusLocation of(Path root) {
        return new CorpusLocation(root, List.of());
    }

    /** Returns {@code root/scancode-licensedb}. */
    public Path licenseDir() {
        return root.resolve(LICENSE_DIR);
    }

    /** Returns {@code root/scancode-rules}, which may not exist. */
    public Path rulesDir() {
        return root.resolve(RULES_DIR);
    }

    /**
     * Finds and checks the corpus location. The root is the first of: {@code cliOption}; the environment
     * variable {@value #ENV_VARIABLE}; the system property {@value #SYSTEM_PROPERTY}; the path recorded at build
     * time in {@value #BUILD_PROPERTIES}. Relative paths resolve against the working directory.
     *
     * @param cliOption        the {@code --corpus} value, or {@code null} when not given
     * @param extraLicenseDirs the user's license directories, in increasing precedence
     * @throws CorpusLocationException if no root is configured, or the root, its {@code scancode-licensedb/} or an
     *                                 extra directory is not a directory
     */
    public static CorpusLocation resolve(Path cliOption, List<Path> extraLicenseDirs) {
        return resolve(cliOption, extraLicenseDirs, System.getenv(), System.getProperties(), buildDefault());
    }

    /** {@link #resolve(Path, List)} with its sources passed in, so tests need not change the process. */
    static CorpusLocation resolve(Path cliOption, List<Path> extraLicenseDirs, Map<String, String> env,
            Properties properties, String buildDefault) {
        Choice choice = choose(cliOption, env, properties, buildDefault);
        CorpusLocation location = new CorpusLocation(choice.path, extraLicenseDirs);
        location.check(choice.origin);
        return location;
    }

    /**
     * Checks that the root, its {@code scancode-licensedb/} and every extra directory are directories.
     *
     * @param origin how the root was chosen, e.g. {@code "--corpus"}, for the message
     * @throws CorpusLocationException naming the offending path
     */
    void check(String origin) {
        if (!Files.isDirectory(root)) {
            throw new CorpusLocationException("Corpus directory " + root + " (from " + origin + ") "
                    + (Files.exists(root) ? "is not a directory. " : "does not exist. ") + FIX);
        }
        if (!Files.isDirectory(licenseDir())) {
            throw new CorpusLocationException("Corpus directory " + root + " (from " + origin + ") has no "
                    + LICENSE_DIR + "/ directory, so it is not a ScanCode LicenseDB corpus. " + FIX);
        }
        for (Path dir : extraLicenseDirs) {
            if (!Files.isDirectory(dir)) {
                throw new CorpusLocationException("Extra license directory " + dir + " does not exist or is not"
                        + " a directory. Pass a directory of .LICENSE files, or drop the option.");
            }
        }
    }

    private record Choice(Path path, String origin) {
    }

    private static Choice choose(Path cliOption, Map<String, String> env, Properties properties,
            String buildDefault) {
        if (cliOption != null) {
            return new Choice(cliOption, "--corpus");
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new Choice(Path.of(fromEnv.strip()), "environment variable " + ENV_VARIABLE);
        }
        String fromProperty = properties.getProperty(SYSTEM_PROPERTY);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return new Choice(Path.of(fromProperty.strip()), "system property " + SYSTEM_PROPERTY);
        }
        if (buildDefault != null && !buildDefault.isBlank()) {
            return new Choice(Path.of(buildDefault.strip()), "the build-time default in " + BUILD_PROPERTIES);
        }
        throw new CorpusLocationException("No corpus location configured: no --corpus option, no " + ENV_VARIABLE
                + " environment variable, no " + SYSTEM_PROPERTY + " system property and no build-time default. "
                + FIX);
    }

    /** Reads the build-time default root, or returns {@code null} if the resource is absent or unfiltered. */
    static String buildDefault() {
        try (InputStream in = CorpusLocation.class.getClassLoader().getResourceAsStream(BUILD_PROPERTIES)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            String value = properties.getProperty("corpus.default");
            // An unfiltered resource (e.g. run from an IDE without Maven) still holds the ${...} placeholders.
            return value == null || value.contains("${") ? null : value;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILD_PROPERTIES, e);
        }
    }
}
