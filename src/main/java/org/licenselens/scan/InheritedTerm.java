package org.licenselens.scan;

import java.util.Objects;
import org.licenselens.clause.ClauseFlag;

/**
 * A term of a base model's license that binds its derivatives, with its evidence.
 *
 * @param license the license key whose text carries it
 * @param path    where the evidence is: a license file of the base in the scanned tree, or the corpus file of
 *                {@code license} ({@code scancode-licensedb/llama-3.1-license-2024.LICENSE})
 * @param flag    the flagged clause, its lines counted in {@code path}
 */
public record InheritedTerm(String license, String path, ClauseFlag flag) {
    public InheritedTerm {
        Objects.requireNonNull(license, "license");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(flag, "flag");
    }
}
