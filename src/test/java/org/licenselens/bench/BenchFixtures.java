package org.licenselens.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Synthetic benchmark material for tests: short made-up strings, no license text. */
final class BenchFixtures {
    private BenchFixtures() {
    }

    /** Keys: mit and apache-2.0 have real SPDX ids, acme-ref only a LicenseRef, unlisted keys have none. */
    static LicenseKeyMap keys() {
        return new LicenseKeyMap(
                Map.of("mit", "MIT", "apache-2.0", "Apache-2.0", "gpl-2.0-plus", "GPL-2.0-or-later",
                        "classpath-exception-2.0", "Classpath-exception-2.0",
                        "acme-ref", "LicenseRef-scancode-acme-ref"),
                Map.of("mit", "mit", "apache-2.0", "apache-2.0", "gpl-2.0-or-later", "gpl-2.0-plus",
                        "gpl-2.0+", "gpl-2.0-plus", "classpath-exception-2.0", "classpath-exception-2.0",
                        "licenseref-scancode-acme-ref", "acme-ref"));
    }

    /** Writes {@code name} with a few words of content and returns a case expecting {@code expressions}. */
    static BenchCase benchCase(Path dir, String name, String... expressions) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "Licensed under the FooBar terms " + name);
        return BenchCase.of(file, name, List.of(expressions));
    }
}
