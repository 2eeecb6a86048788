/**
 * Measures license identifiers on the ScanCode data-driven benchmark, so licenselens and its peers
 * (Debian {@code licensecheck}, Ruby {@code licensee}) are scored on the same files in the same run.
 *
 * <p>Entry points: {@link org.licenselens.bench.BenchSet#load} reads the expectations,
 * {@link org.licenselens.bench.BenchRunner} runs one {@link org.licenselens.bench.Identifier} and scores it,
 * {@link org.licenselens.bench.BenchReport} writes the markdown / JSON / TSV report and
 * {@link org.licenselens.bench.BenchMain} ties them together for {@code licenselens bench}.
 *
 * <p>A developer tool, built apart from the product (src/tools/java); it may use the product, never the reverse.
 */
package org.licenselens.bench;
