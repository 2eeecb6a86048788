package org.licenselens.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The model directory a new user tries first (issue 12): the Llama 3.1 LICENSE, a model card declaring
 * apache-2.0, Meta's acceptable-use policy and a vendored GPL-2.0 COPYING. Texts are read from the corpus at run
 * time, never copied into the repository.
 */
public final class ModelDirectory {
    private ModelDirectory() {}

    /** Writes the directory under {@code root} and returns {@code root}. */
    public static Path write(Path root) {
        put(root, "LICENSE", TestCorpus.licenseText("llama-3.1-license-2024"));
        put(root, "README.md", "---\nlicense: apache-2.0\nlibrary_name: transformers\n---\n\n# A model\n\nWeights.\n");
        try {
            put(root, "USE_POLICY.md", Files.readString(
                    TestCorpus.root().resolve("model-repos/llama3_1-acceptable-use-policy.md"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        put(root, "third_party/x/COPYING", TestCorpus.licenseText("gpl-2.0"));
        return root;
    }

    private static void put(Path root, String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
