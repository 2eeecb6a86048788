/**
 * The per-file pipeline: read → detect → clauses → verdict, in {@link org.licenselens.analysis.FileAnalysis}, which
 * {@code identify} and {@code scan} both run through. It owns the OSI-approved policy (restriction flags inside a
 * verbatim match of an OSI-approved license are dropped), the dedupe-by-content cache
 * ({@link org.licenselens.analysis.ContentCache}) and the one worker pool ({@link org.licenselens.analysis.Workers}).
 * A file travels as one {@link org.licenselens.analysis.FilePath} and its {@link org.licenselens.analysis.FileResult}
 * is built once. {@link org.licenselens.analysis.Comparisons} reads the inputs of {@code compare}.
 *
 * <p>May use: {@code extract}, {@code text}, {@code corpus}, {@code index}, {@code match}, {@code clause},
 * {@code compare}, and {@code internal}.
 */
package org.licenselens.analysis;
