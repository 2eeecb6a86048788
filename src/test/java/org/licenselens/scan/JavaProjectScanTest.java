package org.licenselens.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.testing.TestCorpus;

class JavaProjectScanTest {
    @TempDir
    Path dir;

    /** A Maven project: pom.xml declaring Apache-2.0, its LICENSE, sources with SPDX headers, a binary. */
    static Path javaProject(Path root) {
        ScanTrees.write(root, "pom.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example</groupId>
                  <artifactId>demo</artifactId>
                  <licenses>
                    <license>
                      <name>Apache-2.0</name>
                    </license>
                  </licenses>
                </project>
                """);
        ScanTrees.write(root, "LICENSE", TestCorpus.licenseText("apache-2.0"));
        ScanTrees.write(root, "src/main/java/org/example/App.java", """
                // SPDX-License-Identifier: Apache-2.0
                package org.example;

                public class App {
                }
                """);
        ScanTrees.write(root, "src/main/java/org/example/vendored/Util.java", """
                /*
                 * SPDX-License-Identifier: MIT
                 */
                package org.example.vendored;

                final class Util {
                }
                """);
        ScanTrees.write(root, "src/main/java/org/example/Plain.java", "package org.example;\n\nclass Plain {}\n");
        byte[] png = new byte[4096];
        new Random(7).nextBytes(png);
        png[0] = (byte) 0x89;
        ScanTrees.write(root, "src/main/resources/logo.png", png);
        return root;
    }

    @Test
    void allFilesFindsTheSpdxHeadersAndTheDeclaredLicense() {
        ScanResult result = ScanTrees.scan(javaProject(dir), true, 2);
        assertEquals(List.of(
                "LICENSE license apache-2.0",
                "pom.xml manifest apache-2.0",
                "src/main/java/org/example/App.java source apache-2.0",
                "src/main/java/org/example/Plain.java source",
                "src/main/java/org/example/vendored/Util.java source mit"), ScanTrees.files(result));
        assertEquals(List.of("src/main/resources/logo.png binary"), ScanTrees.skipped(result));
        assertEquals("apache-2.0 AND mit", result.expression());
        assertEquals("apache-2.0", result.declaredExpression());
        assertEquals(List.of("pom.xml:7 licenses/license/name Apache-2.0 -> apache-2.0"), result.declared().stream()
                .map(d -> d.path() + ":" + d.line() + " " + d.field() + " " + d.value() + " -> " + d.expression()).toList());
        assertEquals(List.of(), result.mismatches());
        assertEquals(List.of(), result.flags());
        assertEquals(List.of(), result.review());
        assertEquals(0, result.summary().errors());
        assertEquals(6, result.summary().visited());
    }

    @Test
    void withoutAllFilesSourcesAreOnlyCounted() {
        ScanResult result = ScanTrees.scan(javaProject(dir), false, 2);
        assertEquals(List.of("LICENSE license apache-2.0", "pom.xml manifest apache-2.0"), ScanTrees.files(result));
        assertEquals(List.of(), ScanTrees.skipped(result));
        assertEquals(4, result.summary().skipped().get(SkipReason.NOT_LICENSE_FILE));
        assertEquals("apache-2.0", result.expression());
        assertEquals(6, result.summary().visited());
    }

    /** A single file is read whatever its name; its name is its display path. */
    @Test
    void aSingleFileIsScannedOnItsOwn() {
        Path file = ScanTrees.write(dir, "terms of use.txt", TestCorpus.licenseText("apache-2.0"));
        ScanResult result = ScanTrees.scan(file, false, 2);
        assertEquals(List.of("terms of use.txt license apache-2.0"), ScanTrees.files(result));
        assertEquals("apache-2.0", result.expression());
        assertEquals(1, result.summary().visited());
    }

    /** package.json says MIT, but the LICENSE is GPL-3.0. */
    @Test
    void packageJsonMitAgainstAGplLicenseIsAMismatch() {
        ScanTrees.write(dir, "package.json", "{\n  \"name\": \"x\",\n  \"license\": \"MIT\"\n}\n");
        ScanTrees.write(dir, "LICENSE", TestCorpus.licenseText("gpl-3.0"));
        ScanResult result = ScanTrees.scan(dir);
        assertEquals(1, result.mismatches().size());
        Mismatch m = result.mismatches().getFirst();
        assertEquals("package.json", m.declared().path());
        assertEquals(3, m.declared().line());
        assertEquals(List.of("mit"), m.missing());
        assertEquals(List.of(new DetectedLicense("LICENSE", "gpl-3.0", List.of("gpl-3.0"))), m.detected());
    }
}
