/**
 * Side-by-side comparison of licenses: {@link org.licenselens.compare.LicenseComparer#compare} takes two or more
 * {@link org.licenselens.compare.LicenseDocument}s (text, identity, analysed clauses) and returns an immutable
 * {@link org.licenselens.compare.LicenseComparison}: the flag matrix (one {@link org.licenselens.compare.MatrixRow}
 * per clause flag and the OSD verdict, each cell with its evidence) and the texts aligned clause by clause
 * ({@link org.licenselens.compare.AlignedRow}: same, changed with word-level differences, only in one license, or
 * in some of them), with the section numbers the texts give ({@code 1.b.v}).
 *
 * <p>May use: {@code extract}, {@code text}, {@code corpus}, {@code index}, {@code match}, {@code clause} (it uses
 * {@code clause} and {@code text}). Resolving names to texts is the pipeline's job ({@code analysis.Comparisons}).
 */
package org.licenselens.compare;
