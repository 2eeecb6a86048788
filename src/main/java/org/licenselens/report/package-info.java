/**
 * Writes results: JSON ({@code licenselens/1}, {@code licenselens-compare/1}), text, SARIF 2.1.0 and HTML reports of
 * {@code identify}, {@code scan} and {@code compare}, atomically to a file or to stdout
 * ({@link org.licenselens.report.ReportOutput}).
 *
 * <p>May use the facade and everything to its left, but not {@code internal}; it sees the facade's result types.
 */
package org.licenselens.report;
