package org.licenselens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLocationTest {
    @TempDir
    Path temp;
    private Path cli;
    private Path env;
    private Path property;
    private Path builtIn;

    @BeforeEach
    void createCorpora() throws IOException {
        cli = corpus("cli");
        env = corpus("env");
        property = corpus("property");
        builtIn = corpus("built-in");
    }

    @Test
    void prefersTheCliOptionThenEnvThenPropertyThenBuildDefault() {
        assertEquals(cli, resolve(cli, env, property, builtIn).root());
        assertEquals(env, resolve(null, env, property, builtIn).root());
        assertEquals(property, resolve(null, null, property, builtIn).root());
        assertEquals(builtIn, resolve(null, null, null, builtIn).root());
    }

    @Test
    void treatsBlankSettingsAsUnset() {
        CorpusLocation location = CorpusLocation.resolve(null, List.of(), Map.of("LICENSELENS_CORPUS", " "),
                properties(""), builtIn.toString());
        assertEquals(builtIn, location.root());
    }

    @Test
    void normalizesToAnAbsolutePath() {
        Path messy = temp.resolve("cli/../cli/.");
        assertEquals(cli, resolve(messy, null, null, null).root());
        CorpusLocation relative = new CorpusLocation(Path.of("some/dir"), List.of(Path.of("x/../y")));
        assertTrue(relative.root().isAbsolute());
        assertEquals(Path.of("y").toAbsolutePath(), relative.extraLicenseDirs().getFirst());
    }

    @Test
    void namesTheMissingRootAndWhereItCameFrom() {
        Path missing = temp.resolve("nowhere");
        var fromEnv = assertThrows(CorpusLocationException.class, () -> resolve(null, missing, property, null));
        assertTrue(fromEnv.getMessage().contains(missing.toString()), fromEnv.getMessage());
        assertTrue(fromEnv.getMessage().contains("environment variable LICENSELENS_CORPUS"), fromEnv.getMessage());
        assertTrue(fromEnv.getMessage().contains("does not exist"), fromEnv.getMessage());
        assertTrue(fromEnv.getMessage().contains("--corpus"), "says how to fix it: " + fromEnv.getMessage());

        var fromCli = assertThrows(CorpusLocationException.class, () -> resolve(missing, env, null, null));
        assertTrue(fromCli.getMessage().contains("(from --corpus)"), fromCli.getMessage());
        var fromDefault = assertThrows(CorpusLocationException.class, () -> resolve(null, null, null, missing));
        assertTrue(fromDefault.getMessage().contains("build-time default"), fromDefault.getMessage());
    }

    @Test
    void rejectsARootWithoutLicenseDb() throws IOException {
        Path bare = Files.createDirectories(temp.resolve("bare"));
        var e = assertThrows(CorpusLocationException.class, () -> resolve(null, null, bare, null));
        assertTrue(e.getMessage().contains(bare.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("no scancode-licensedb/"), e.getMessage());
        assertTrue(e.getMessage().contains("system property licenselens.corpus"), e.getMessage());
    }

    @Test
    void rejectsAFileAsRoot() throws IOException {
        Path file = Files.writeString(temp.resolve("file"), "x");
        var e = assertThrows(CorpusLocationException.class, () -> resolve(file, null, null, null));
        assertTrue(e.getMessage().contains("is not a directory"), e.getMessage());
    }

    @Test
    void saysWhatToSetWhenNothingIsConfigured() {
        var e = assertThrows(CorpusLocationException.class, () -> resolve(null, null, null, null));
        assertTrue(e.getMessage().contains("No corpus location configured"), e.getMessage());
        assertTrue(e.getMessage().contains("LICENSELENS_CORPUS"), e.getMessage());
        assertTrue(e instanceof IllegalArgumentException);
    }

    @Test
    void checksExtraLicenseDirectories() throws IOException {
        Path extra = Files.createDirectories(temp.resolve("extra"));
        CorpusLocation location = CorpusLocation.resolve(cli, List.of(extra), Map.of(), properties(null), null);
        assertEquals(List.of(extra), location.extraLicenseDirs());
        Path missing = temp.resolve("missing-extra");
        var e = assertThrows(CorpusLocationException.class,
                () -> CorpusLocation.resolve(cli, List.of(missing), Map.of(), properties(null), null));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void readsTheBuildTimeDefaultFromTheFilteredResource() {
        String recorded = CorpusLocation.buildDefault();
        assertNotNull(recorded, "build.properties is filtered by Maven");
        Path root = Path.of(recorded).toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(root.resolve("scancode-licensedb")), root.toString());
        CorpusLocation location = CorpusLocation.resolve(null, List.of(), Map.of(), properties(null), recorded);
        assertEquals(root, location.root());
        assertEquals(root.resolve("scancode-rules"), location.rulesDir());
    }

    private Path corpus(String name) throws IOException {
        Path root = temp.resolve(name);
        Files.createDirectories(root.resolve("scancode-licensedb"));
        return root;
    }

    private static CorpusLocation resolve(Path cliOption, Path envValue, Path propertyValue, Path buildDefault) {
        Map<String, String> envMap = envValue == null ? Map.of() : Map.of("LICENSELENS_CORPUS", envValue.toString());
        return CorpusLocation.resolve(cliOption, List.of(), envMap,
                properties(propertyValue == null ? null : propertyValue.toString()),
                buildDefault == null ? null : buildDefault.toString());
    }

    private static Properties properties(String corpus) {
        Properties properties = new Properties();
        if (corpus != null) {
            properties.setProperty("licenselens.corpus", corpus);
        }
        return properties;
    }
}
