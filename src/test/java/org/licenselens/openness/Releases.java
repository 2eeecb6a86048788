package org.licenselens.openness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.licenselens.testing.TestCorpus;

/**
 * Builds model release folders at test time: license texts from the corpus, everything else generated here
 * (weights are random bytes, scripts are short programs written for the test).
 */
public final class Releases {
    private Releases() {}

    static final String INFERENCE = """
            import torch
            from transformers import AutoModelForCausalLM, AutoTokenizer

            model = AutoModelForCausalLM.from_pretrained(".")
            tokenizer = AutoTokenizer.from_pretrained(".")
            inputs = tokenizer("Hello", return_tensors="pt")
            print(tokenizer.decode(model.generate(**inputs, max_new_tokens=20)[0]))
            """;
    static final String MODELING = """
            import torch.nn as nn

            class TinyModel(nn.Module):
                def __init__(self, width):
                    super().__init__()
                    self.layer = nn.Linear(width, width)

                def forward(self, x):
                    return self.layer(x)
            """;
    static final String TRAINING = """
            from transformers import Trainer, TrainingArguments

            args = TrainingArguments(output_dir="out", num_train_epochs=1)
            trainer = Trainer(model=model, args=args, train_dataset=train)
            trainer.train()
            """;
    static final String EVALUATION = """
            import evaluate

            accuracy = evaluate.load("accuracy")

            def compute_metrics(predictions, references):
                return accuracy.compute(predictions=predictions, references=references)
            """;
    static final String PREPROCESSING = """
            import json

            def deduplicate(rows):
                seen = set()
                return [r for r in rows if not (r["text"] in seen or seen.add(r["text"]))]

            def preprocess(path):
                return deduplicate([json.loads(line) for line in open(path)])
            """;

    /** A model card with front matter {@code yaml} and the sections of a card that documents its data and scores. */
    static String card(String yaml) {
        return "---\n" + yaml + "---\n\n# Tiny model\n\nA small model, described in "
                + "https://arxiv.org/abs/2401.00001.\n\n## Training data\n\nPublic-domain books, cleaned and "
                + "deduplicated.\n\n## Evaluation\n\n| benchmark | score |\n|---|---|\n| toy-qa | 61.2 |\n";
    }

    static void weights(Path root) {
        write(root, "model-00001-of-00002.safetensors", bytes(1));
        write(root, "model-00002-of-00002.safetensors", bytes(2));
        write(root, "model.safetensors.index.json", "{\"weight_map\": {}}\n");
        write(root, "config.json", "{\"architectures\": [\"TinyModel\"], \"hidden_size\": 8}\n");
        write(root, "tokenizer.json", "{\"version\": \"1.0\"}\n");
    }

    /** Weights only, under the Llama 3.1 Community License. */
    public static Path weightsOnlyLlama(Path root) {
        weights(root);
        write(root, "LICENSE", TestCorpus.licenseText("llama-3.1-license-2024"));
        write(root, "README.md", "---\nlicense: llama3.1\n---\n\n# Tiny Llama\n");
        return root;
    }

    /** Apache-2.0 weights, Apache-2.0 inference code and a model card. */
    public static Path apacheModel(Path root) {
        weights(root);
        write(root, "LICENSE", TestCorpus.licenseText("apache-2.0"));
        write(root, "README.md", card("license: apache-2.0\n"));
        write(root, "inference.py", INFERENCE);
        write(root, "modeling_tiny.py", MODELING);
        return root;
    }

    /** The Apache model plus training and evaluation code, their libraries, a data card and CC-BY-4.0 data. */
    public static Path tooling(Path root) {
        apacheModel(root);
        write(root, "scripts/train.py", TRAINING);
        write(root, "scripts/evaluate_model.py", EVALUATION);
        write(root, "requirements.txt", "torch\ntransformers\nevaluate\n");
        write(root, "data/README.md", "---\nlicense: cc-by-4.0\n---\n\n# Tiny corpus\n\nWhere the text comes from "
                + "and how it was cleaned.\n");
        write(root, "data/train.jsonl", "{\"text\": \"one\"}\n{\"text\": \"two\"}\n");
        write(root, "data/eval.jsonl", "{\"text\": \"three\"}\n");
        return root;
    }

    /** The tooling release with OpenRAIL-M weights: the code keeps Apache-2.0 by its SPDX lines. */
    public static Path openRail(Path root) {
        tooling(root);
        write(root, "LICENSE", TestCorpus.licenseText("bigscience-open-rail-m"));
        write(root, "README.md", card("license: bigscience-openrail-m\n"));
        for (String script : new String[] {"inference.py", "modeling_tiny.py", "scripts/train.py",
                "scripts/evaluate_model.py"}) {
            try {
                Path file = root.resolve(script);
                Files.writeString(file, "# SPDX-License-Identifier: Apache-2.0\n" + Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    /** Everything MOF lists, openly licensed. */
    public static Path fullOpen(Path root) {
        tooling(root);
        write(root, "scripts/prepare_data.py", PREPROCESSING);
        write(root, "checkpoints/step-1000/model.safetensors", bytes(3));
        write(root, "samples/generations.jsonl", "{\"prompt\": \"Hi\", \"output\": \"Hello!\"}\n");
        return root;
    }

    static Path write(Path root, String relative, String text) {
        return org.licenselens.testing.TestFiles.write(root, relative, text);
    }

    static Path write(Path root, String relative, byte[] content) {
        return org.licenselens.testing.TestFiles.write(root, relative, content);
    }

    private static byte[] bytes(long seed) {
        byte[] b = new byte[4096];
        new Random(seed).nextBytes(b);
        return b;
    }
}
