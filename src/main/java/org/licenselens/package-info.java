/**
 * The facade: {@link org.licenselens.LicenseLens} is the one front door of the library, opened with
 * {@link org.licenselens.Options}. Each of its methods ({@code identify}, {@code identifyAll}, {@code clauses},
 * {@code scan}, {@code review}, {@code openness}, {@code compare}) is a short delegate to the pipeline, the scan,
 * the release-openness judge or the comparison.
 *
 * <p>May use every package of the engine ({@code extract} … {@code scan}, {@code openness}), not {@code internal}.
 */
package org.licenselens;
