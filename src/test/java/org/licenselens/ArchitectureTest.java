package org.licenselens;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.Arrays;
import java.util.List;
import org.licenselens.analysis.FileAnalysis;

/**
 * The layering of the product, stated once: data flows one way, and each package may use only those to its left
 * (see each package's {@code package-info.java}). The product's classes only: tests and the developer tools
 * ({@code src/tools/java}) sit above it all.
 */
@AnalyzeClasses(packages = "org.licenselens", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The layers, left to right: a layer may use only those before it. */
    static final List<String[]> LAYERS = List.of(
            new String[] {"extract", "org.licenselens.extract.."},
            new String[] {"text", "org.licenselens.text.."},
            new String[] {"corpus", "org.licenselens.corpus.."},
            new String[] {"index", "org.licenselens.index.."},
            new String[] {"match", "org.licenselens.match.."},
            new String[] {"clause", "org.licenselens.clause.."},
            new String[] {"compare", "org.licenselens.compare.."},
            new String[] {"analysis", "org.licenselens.analysis.."},
            new String[] {"scan", "org.licenselens.scan.."},
            new String[] {"policy", "org.licenselens.policy.."},
            new String[] {"openness", "org.licenselens.openness.."},
            new String[] {"facade", "org.licenselens"},
            new String[] {"report", "org.licenselens.report.."},
            new String[] {"cli", "org.licenselens.cli.."});

    /** The engine: the layers that may use the helpers in {@code internal}. */
    static final List<String> ENGINE = List.of("extract", "text", "corpus", "index", "match", "clause", "compare",
            "analysis", "scan", "openness");

    @ArchTest
    static final ArchRule eachLayerUsesOnlyThoseToItsLeft = layers();

    private static ArchRule layers() {
        LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("internal").definedBy("org.licenselens.internal..");
        for (String[] layer : LAYERS) {
            architecture = architecture.layer(layer[0]).definedBy(layer[1]);
        }
        for (int i = 0; i < LAYERS.size(); i++) {
            String name = LAYERS.get(i)[0];
            String[] left = LAYERS.subList(0, i).stream().map(l -> l[0]).toArray(String[]::new);
            if (ENGINE.contains(name)) {
                left = Arrays.copyOf(left, left.length + 1);
                left[left.length - 1] = "internal";
            }
            architecture = left.length == 0 ? architecture.whereLayer(name).mayNotAccessAnyLayer()
                    : architecture.whereLayer(name).mayOnlyAccessLayers(left);
        }
        return architecture.whereLayer("internal").mayNotAccessAnyLayer()
                .because("data flows one way: extract → text → corpus → index → match → clause → compare → "
                        + "analysis (the per-file pipeline) → scan → policy → openness → the facade → report → cli; "
                        + "internal helps the "
                        + "engine and depends on nothing");
    }

    @ArchTest
    static final ArchRule theProductNeverUsesTheDeveloperTools = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.licenselens.bench..", "org.licenselens.tools..",
                    "org.licenselens.clause.train..")
            .because("bench, selfcheck and train are built apart, in src/tools/java, and the product jar has none");

    @ArchTest
    static final ArchRule theProductNeverLoadsSpark = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.licenselens.hub..")
            .because("Spark is for `hub` alone: it is built apart (src/hub/java, licenselens-hub.jar) and provided "
                    + "scope, so no other command opens its 157 jars (HubArchitectureTest states the hub's side)");

    @ArchTest
    static final ArchRule onlyTheSbomWritersNameTheSbomLibraries = noClasses()
            .that().doNotHaveFullyQualifiedName("org.licenselens.report.CycloneDxReport")
            .and().doNotHaveFullyQualifiedName("org.licenselens.report.SpdxReport")
            .should().dependOnClassesThat().resideInAnyPackage("org.cyclonedx..", "org.spdx..")
            .because("the SBOM libraries load only when --format cyclonedx or spdx asks for them, never on identify");

    @ArchTest
    static final ArchRule onlyMainExits = noClasses().that().doNotHaveFullyQualifiedName("org.licenselens.cli.Main")
            .should().callMethod(System.class, "exit", int.class)
            .because("commands return their exit code; only main ends the process");

    @ArchTest
    static final ArchRule onlyTheEngineReachesPastThePipeline = noClasses()
            .that().resideOutsideOfPackages("org.licenselens.analysis..", "org.licenselens.scan..",
                    "org.licenselens.openness..")
            .should().callMethod(FileAnalysis.class, "index")
            .orShould().callMethod(FileAnalysis.class, "detector")
            .because("callers go through the facade, LicenseLens; only the scan, above the pipeline, holds the "
                    + "index and the detector");

    /**
     * Public for a user this import cannot see: the developer tools (src/tools/java, built apart), Lucene's attribute
     * factory (which makes the attribute by reflection), a library caller catching the corpus error.
     */
    static final List<String> PUBLIC_FOR_OTHERS = List.of("ClauseClassifier", "ClauseFeatures", "CommonOptions",
            "ExitCodes", "ToolCommand", "TokenContextAttribute", "TokenContextAttributeImpl",
            "CorpusLocationException");

    @ArchTest
    static final ArchRule aPublicTypeIsUsedOutsideItsPackage = classes()
            .that().arePublic().and().areTopLevelClasses()
            .and().doNotHaveFullyQualifiedName("org.licenselens.cli.Main")
            .and(doNotHaveSimpleNames(PUBLIC_FOR_OTHERS))
            .should(new ArchCondition<>("be used by another package, or be part of a public member's signature") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    boolean used = type.getDirectDependenciesToSelf().stream()
                            .anyMatch(d -> !d.getOriginClass().getPackageName().equals(type.getPackageName())
                                    || inPublicSignature(d.getOriginClass(), type));
                    if (!used) {
                        events.add(SimpleConditionEvent.violated(type, type.getName()
                                + " is public, yet nothing outside its package uses it: make it package-private"));
                    }
                }
            })
            .because("the public surface is what a library user (or a later layer) needs");


    private static DescribedPredicate<JavaClass> doNotHaveSimpleNames(List<String> names) {
        return DescribedPredicate.describe("are not public for others " + names,
                c -> !names.contains(c.getSimpleName()));
    }

    /** Whether {@code type} appears in a public member of the public class {@code owner} (a caller may see it). */
    private static boolean inPublicSignature(JavaClass owner, JavaClass type) {
        if (!owner.getModifiers().contains(JavaModifier.PUBLIC) || owner.equals(type)) {
            return false;
        }
        return owner.getMethods().stream().filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                .anyMatch(m -> m.getRawReturnType().equals(type) || m.getRawParameterTypes().contains(type)
                        || m.getReturnType().getAllInvolvedRawTypes().contains(type))
                || owner.getConstructors().stream().filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                .anyMatch(c -> c.getRawParameterTypes().contains(type));
    }
}
