/**
 * Normalization of license text into comparable terms, shared by corpus indexing and queries, and the
 * {@link org.licenselens.text.LineMap} that turns offsets into line numbers.
 *
 * <p>{@link org.licenselens.text.TextNormalizer#tokenize(String)} is the entry point; it returns
 * {@link org.licenselens.text.Tokens} whose offsets point into the original text. The same normalization is
 * available as a Lucene analyzer, {@link org.licenselens.text.LicenseAnalyzer}. Normalization follows the SPDX
 * License List Matching Guidelines: case, punctuation, comment decoration, list markers, copyright statements,
 * equivalent spellings and the http/https scheme do not change the terms, so one text in two layouts gives the
 * same terms.
 *
 * <p>May use: {@code extract}.
 */
package org.licenselens.text;
