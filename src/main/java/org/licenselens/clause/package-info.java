/**
 * Risky clauses: OpenNLP sentence detection and tokenization, a legal-layout clause segmenter, value parsers (user
 * counts, regions, money), the trained flag classifier and the OSD verdict.
 * {@link org.licenselens.clause.ClauseAnalyzer#analyze} returns a {@link org.licenselens.clause.ClauseAnalysis}.
 *
 * <p>May use: {@code extract}, {@code text}, {@code corpus}, {@code index}, {@code match}, and {@code internal}.
 */
package org.licenselens.clause;
