package org.licenselens.scan;

import java.util.Objects;

/**
 * A license some metadata declares: a model card's {@code license:}, a manifest field, a README's license
 * section.
 *
 * @param path       display path of the file that declares it
 * @param line       1-based line of the declaration
 * @param source     what kind of file: {@code model-card}, {@code pom.xml}, {@code package.json},
 *                   {@code pyproject.toml}, {@code Cargo.toml}, {@code gemspec}, {@code setup.cfg}, {@code readme}
 * @param field      the field, e.g. {@code license}, {@code license_name}, {@code licenses/license/name},
 *                   {@code classifiers}, {@code License section}
 * @param value      the declared value as written (clipped to 200 characters)
 * @param expression the ScanCode expression it resolves to; empty when it resolves to no known license
 * @param link       where the declaration says the license text is ({@code license_link}, {@code license-file},
 *                   {@code SEE LICENSE IN}), as written, or {@code null}
 * @param linkedFile display path of the local file {@code link} resolves to inside the root, or {@code null}
 * @param problem    why the declaration could not be read or followed, or {@code null}
 */
public record Declaration(String path, int line, String source, String field, String value, String expression,
                          String link, String linkedFile, String problem) {
    public Declaration {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expression, "expression");
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1: " + line);
        }
        if (value.length() > 200) {
            value = value.substring(0, 197) + "...";
        }
    }

    /** A declaration whose link, if any, is not resolved yet. */
    Declaration(String path, int line, String source, String field, String value, String expression, String link,
                String problem) {
        this(path, line, source, field, value, expression, link, null, problem);
    }

    /** Whether it names a known license. */
    public boolean resolved() {
        return !expression.isEmpty();
    }

    /** The declaration with its link followed: to {@code file} (or nowhere), resolving to {@code resolved}. */
    Declaration followed(String resolved, String file, String why) {
        return new Declaration(path, line, source, field, value, resolved, link, file, why);
    }
}
