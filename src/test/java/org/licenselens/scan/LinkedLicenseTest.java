package org.licenselens.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licenselens.testing.TestCorpus;

class LinkedLicenseTest {
    @TempDir
    Path tmp;

    /** {@code license: other} with a license_link to a local file: the file is read, and is the declared license. */
    @Test
    void otherWithALocalLinkFollowsItToTheFile() {
        ScanTrees.write(tmp, "README.md", "---\nlicense: other\nlicense_name: my-terms\nlicense_link: terms/MODEL_TERMS.md\n---\n");
        ScanTrees.write(tmp, "terms/MODEL_TERMS.md", TestCorpus.licenseText("llama-2-license-2023"));
        ScanResult result = ScanTrees.scan(tmp);
        assertEquals(List.of("README.md readme", "terms/MODEL_TERMS.md linked llama-2-license-2023"), ScanTrees.files(result));
        Declaration d = result.declared().getFirst();
        assertEquals("other (license_name: my-terms)", d.value());
        assertEquals("terms/MODEL_TERMS.md", d.link());
        assertEquals("terms/MODEL_TERMS.md", d.linkedFile());
        assertEquals("llama-2-license-2023", d.expression());
        assertNull(d.problem());
        assertEquals(List.of(), result.mismatches());
        assertEquals("llama-2-license-2023", result.expression());
        assertEquals(List.of("mau-threshold", "training-ban"), result.flags().stream().map(f -> f.type().jsonName())
                .filter(t -> t.equals("mau-threshold") || t.equals("training-ban")).toList());
    }

    @Test
    void huggingFaceUrlsToTheSameRepositoryAreLocalOthersAreNeverFetched() {
        assertEquals("LICENSE.md", Scanner.localLink("https://huggingface.co/org/model/blob/main/LICENSE.md"));
        assertEquals("LICENSE", Scanner.localLink("./LICENSE"));
        assertNull(Scanner.localLink("https://example.com/terms"));
        assertNull(Scanner.localLink("/etc/passwd"));
    }

    @Test
    void linksOutOfTheRootAreNotFollowed() throws Exception {
        Path root = Files.createDirectory(tmp.resolve("root"));
        Files.writeString(tmp.resolve("SECRET-TERMS"), TestCorpus.licenseText("gpl-3.0"));
        ScanTrees.write(root, "README.md", "---\nlicense: other\nlicense_link: ../SECRET-TERMS\n---\n");
        ScanTrees.write(root, "package.json", "{\"license\": \"SEE LICENSE IN missing.txt\"}");
        ScanResult result = ScanTrees.scan(root);
        assertEquals(List.of("README.md readme", "package.json manifest unknown-license-reference"), ScanTrees.files(result));
        assertEquals("the link points outside the scanned folder; not followed", result.declared().get(0).problem());
        assertEquals("", result.declared().get(0).expression());
        assertEquals("the linked file does not exist", result.declared().get(1).problem());
    }

    @Test
    void readmeLicenseSectionIsDeclaredAndCheckedAgainstTheLicenseFile() {
        ScanTrees.write(tmp, "README.md", "# tool\n\nIt is GPL-free.\n\n## License\n\nSPDX-License-Identifier: MIT\n\n## Usage\n\nBSD-3-Clause here is no license.\n");
        ScanTrees.write(tmp, "LICENSE", TestCorpus.licenseText("isc"));
        ScanResult result = ScanTrees.scan(tmp);
        assertEquals(List.of("LICENSE license isc", "README.md readme mit"), ScanTrees.files(result));
        Declaration d = result.declared().getFirst();
        assertEquals(List.of("readme", "License section", "5", "mit"),
                List.of(d.source(), d.field(), String.valueOf(d.line()), d.expression()));
        assertEquals(List.of("mit"), result.mismatches().getFirst().missing());
        assertEquals("isc", result.expression(), "a README declares; only license files are detected");
    }
}
