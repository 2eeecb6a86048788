package org.licenselens.hub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The hub's place in the layering: above the facade and the CLI, it reaches the engine only through
 * {@link org.licenselens.LicenseLens} and the scan's result types, never the pipeline's insides. Checked on the
 * classes as built into target/hub-classes, which the ArchitectureTest of the product does not see.
 */
class HubArchitectureTest {
    @Test
    void theHubUsesTheEngineThroughTheFacadeOnly() {
        Path built = Path.of("target", "hub-classes");
        assertTrue(Files.isDirectory(built), "build first: " + built);
        JavaClasses hub = new ClassFileImporter().importPath(built);
        assertTrue(hub.contain(HubJob.class), "the hub's classes are imported");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.licenselens.analysis..",
                        "org.licenselens.index..", "org.licenselens.match..", "org.licenselens.extract..",
                        "org.licenselens.text..", "org.licenselens.compare..", "org.licenselens.report..",
                        "org.licenselens.tools..", "org.licenselens.bench..")
                .because("executors analyse licenses with the engine behind the facade (LicenseLens.hubLineage), "
                        + "one per JVM; the developer tools are no part of the product")
                .check(hub);
    }
}
