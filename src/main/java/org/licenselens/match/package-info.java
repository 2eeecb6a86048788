/**
 * The matcher cascade: SPDX identifier lines, verbatim (hash-keyed) matches, Lucene candidates aligned term by term,
 * then unknown license-like text. {@link org.licenselens.match.LicenseDetector#detect} returns a
 * {@link org.licenselens.match.Detection}: the {@link org.licenselens.match.LicenseMatch}es with their lines, score,
 * coverage and differences, the expression, and the unknown regions with their closest licenses.
 *
 * <p>May use: {@code extract}, {@code text}, {@code corpus}, {@code index}, and {@code internal}.
 */
package org.licenselens.match;
