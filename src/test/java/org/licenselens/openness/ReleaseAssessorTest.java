package org.licenselens.openness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.clause.FlagType;
import org.licenselens.testing.TestCorpus;

/** The five releases of issue 16's "done means", built at test time, and the evidence each verdict gives. */
class ReleaseAssessorTest {
    @TempDir
    Path root;

    private static ReleaseOpenness judge(Path folder) {
        return TestCorpus.lens().openness(folder);
    }

    private static ComponentFinding component(ReleaseOpenness r, Component c) {
        return r.find(c).orElseThrow(() -> new AssertionError(c + " not found in " + r.components()));
    }

    @Test
    void weightsOnlyUnderLlamaAreOpenWeightsWithNoClassForTheRestrictedLicense() {
        ReleaseOpenness r = judge(Releases.weightsOnlyLlama(root));
        assertEquals(MofClass.NONE, r.mofClass());
        ComponentFinding weights = component(r, Component.FINAL_PARAMETERS);
        assertEquals(List.of("model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors",
                "model.safetensors.index.json"), weights.evidence().stream().map(Evidence::path).toList());
        ComponentLicense license = weights.licenses().getFirst();
        assertEquals(LicenseSource.MODEL_CARD, license.source());
        assertEquals("llama-3.1-license-2024", license.expression());
        assertEquals("README.md:2", license.evidence().location());
        assertTrue(license.kinds().isEmpty(), license.kinds().toString());
        List<FlagType> restricted = license.restrictions().stream().map(Term::type).distinct().toList();
        assertTrue(restricted.contains(FlagType.MAU_THRESHOLD) && restricted.contains(FlagType.USE_RESTRICTION),
                restricted.toString());
        Term mau = license.restrictions().stream().filter(t -> t.type() == FlagType.MAU_THRESHOLD).findFirst()
                .orElseThrow();
        assertEquals("LICENSE", mau.path(), "the clause is cited in the release's own license file");
        assertTrue(mau.startLine() > 1 && mau.text().contains("700"), mau.toString());

        ClassCheck three = r.check(MofClass.CLASS_III);
        assertFalse(three.reached());
        LicenseGap gap = three.failing().stream().filter(g -> g.component() == Component.FINAL_PARAMETERS)
                .findFirst().orElseThrow();
        assertTrue(gap.reason().contains("open-data") && gap.reason().contains("MAU cap"), gap.reason());
        assertTrue(three.missing().containsAll(List.of(Component.MODEL_ARCHITECTURE, Component.DATA_CARD,
                Component.EVALUATION_RESULTS)), three.missing().toString());
        assertFalse(r.osaidConformant());
        assertTrue(r.summary().startsWith("open weights (Llama 3.1"), r.summary());
        assertTrue(r.summary().contains("MAU cap") && r.summary().contains("naming duty"), r.summary());
        assertTrue(r.summary().contains("training code not released; data not described"), r.summary());
    }

    @Test
    void apacheWeightsInferenceCodeAndModelCardReachClassThree() {
        ReleaseOpenness r = judge(Releases.apacheModel(root));
        assertEquals(MofClass.CLASS_III, r.mofClass(), r.check(MofClass.CLASS_III).toString());
        ComponentFinding inference = component(r, Component.INFERENCE_CODE);
        assertEquals("inference.py", inference.evidence().getFirst().path());
        assertEquals(Recognition.NAME_AND_CONTENT, inference.recognition());
        assertEquals(7, inference.evidence().getFirst().line(), "the line with generate(");
        ComponentLicense code = inference.licenses().getFirst();
        assertEquals(LicenseSource.ROOT_LICENSE, code.source());
        assertEquals("apache-2.0", code.expression());
        assertTrue(code.kinds().contains(LicenseKind.OPEN_SOURCE));
        assertEquals(Recognition.NAME_AND_CONTENT, component(r, Component.MODEL_ARCHITECTURE).recognition());
        assertEquals(Presence.DECLARED, component(r, Component.RESEARCH_PAPER).presence(), "an arXiv link");
        assertEquals(List.of(Component.RESEARCH_PAPER), r.check(MofClass.CLASS_III).declaredOnly());
        assertEquals(Recognition.CARD_SECTION, component(r, Component.EVALUATION_RESULTS).recognition());
        ClassCheck two = r.check(MofClass.CLASS_II);
        assertEquals(List.of(Component.TRAINING_CODE, Component.EVALUATION_CODE, Component.SUPPORTING_LIBRARIES,
                Component.EVALUATION_DATA), two.missing());
        assertTrue(r.summary().contains("open weights (Apache License 2.0)"), r.summary());
    }

    @Test
    void trainingAndEvaluationCodeADataCardAndCcByDataReachClassTwo() {
        ReleaseOpenness r = judge(Releases.tooling(root));
        assertEquals(MofClass.CLASS_II, r.mofClass(), r.check(MofClass.CLASS_II).toString());
        ComponentLicense data = component(r, Component.DATASETS).licenses().getFirst();
        assertEquals(LicenseSource.FOLDER_CARD, data.source());
        assertEquals("cc-by-4.0", data.expression());
        assertEquals("data/README.md:2", data.evidence().location());
        assertEquals(List.of("data/eval.jsonl"), component(r, Component.EVALUATION_DATA).evidence().stream()
                .map(Evidence::path).toList());
        assertEquals(Recognition.NAME, component(r, Component.DATA_CARD).recognition());
        assertEquals(List.of(Component.PREPROCESSING_CODE, Component.INTERMEDIATE_PARAMETERS,
                Component.SAMPLE_OUTPUTS), r.check(MofClass.CLASS_I).missing());
        assertTrue(r.summary().contains("training code released; data released (Creative Commons Attribution 4.0"),
                r.summary());
    }

    @Test
    void anOpenRailWeightsLicenseIsNotClassThreeAndNamesTheUseRestrictions() {
        ReleaseOpenness r = judge(Releases.openRail(root));
        assertEquals(MofClass.NONE, r.mofClass());
        ClassCheck three = r.check(MofClass.CLASS_III);
        List<LicenseGap> weights = three.failing().stream()
                .filter(g -> g.component() == Component.FINAL_PARAMETERS).toList();
        assertEquals(1, weights.size(), three.failing().toString());
        assertTrue(weights.getFirst().reason().contains("use restrictions"), weights.getFirst().reason());
        assertEquals("bigscience-open-rail-m", weights.getFirst().license().expression());
        assertTrue(weights.getFirst().license().restrictions().stream()
                .allMatch(t -> t.path().equals("LICENSE") && t.startLine() > 0), "cited in the release's LICENSE");
        ComponentLicense code = component(r, Component.TRAINING_CODE).licenses().getFirst();
        assertEquals(LicenseSource.SPDX_HEADER, code.source(), "the code's own SPDX line beats the root license");
        assertEquals("apache-2.0", code.expression());
        assertEquals("scripts/train.py:1", code.evidence().location());
        assertTrue(three.failing().stream().noneMatch(g -> g.component() == Component.MODEL_ARCHITECTURE),
                three.failing().toString());
    }

    @Test
    void aFullOpenReleaseConformsToOsaidAndReachesClassOne() {
        ReleaseOpenness r = judge(Releases.fullOpen(root));
        assertTrue(r.osaidConformant(), r.osaid().toString());
        assertEquals(MofClass.CLASS_I, r.mofClass(), r.check(MofClass.CLASS_I).toString());
        assertEquals(List.of("checkpoints/step-1000/model.safetensors"),
                component(r, Component.INTERMEDIATE_PARAMETERS).evidence().stream().map(Evidence::path).toList());
        assertFalse(component(r, Component.FINAL_PARAMETERS).evidence().stream()
                .anyMatch(e -> e.path().startsWith("checkpoints/")), "a checkpoint is not the final model");
        assertEquals(Recognition.NAME_AND_CONTENT, component(r, Component.PREPROCESSING_CODE).recognition());
        assertTrue(r.summary().endsWith("MOF Class I Open Science; OSAID 1.0 conformant"), r.summary());
        assertEquals(new OpennessVerdict(root.toString(), MofClass.CLASS_I, true, r.summary()), r.verdict());
    }

    @Test
    void codeIsToldApartByContentNotByNameAlone() {
        Releases.apacheModel(root);
        Releases.write(root, "train_demo.py", Releases.INFERENCE); // named for training, only generates
        Releases.write(root, "notebooks/finetune.ipynb", "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\""
                + "trainer = Trainer(model=model)\\n\", \"trainer.train()\\n\"]}]}");
        ReleaseOpenness r = judge(root);
        List<String> training = component(r, Component.TRAINING_CODE).evidence().stream().map(Evidence::path).toList();
        assertEquals(List.of("notebooks/finetune.ipynb"), training);
        assertTrue(component(r, Component.INFERENCE_CODE).evidence().stream()
                .anyMatch(e -> e.path().equals("train_demo.py")));
    }

    @Test
    void aCardLinkToTrainingCodeIsDeclaredNotVerified() {
        Releases.apacheModel(root);
        Releases.write(root, "README.md", Releases.card("license: apache-2.0\ndatasets:\n- acme/books\n")
                + "\nThe training code is at https://github.com/acme/tiny-train.\n");
        ReleaseOpenness r = judge(root);
        ComponentFinding training = component(r, Component.TRAINING_CODE);
        assertEquals(Presence.DECLARED, training.presence());
        assertEquals(LicenseSource.NOT_VERIFIABLE, training.licenses().getFirst().source());
        assertTrue(training.evidence().getFirst().note().contains("github.com/acme/tiny-train"));
        assertEquals(Presence.DECLARED, component(r, Component.DATASETS).presence());
        assertTrue(r.summary().contains("training code declared elsewhere (not verified)"), r.summary());
    }
}
