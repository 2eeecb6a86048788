/**
 * Scans a folder tree: walks it, finds the license-bearing files and analyses them through the per-file pipeline
 * ({@code analysis}), reads what manifests and model cards declare, and puts together what only a tree has:
 * declared vs detected mismatches, one license expression, the flagged clauses, a ranked review queue and the policy
 * gate.
 *
 * <p>Entry point: {@link org.licenselens.scan.Scanner#scan} (through the facade, {@code LicenseLens.scan}), which
 * returns an immutable {@link org.licenselens.scan.ScanResult}; {@link org.licenselens.scan.PolicyGate} checks a
 * result against a {@code --fail-on} policy. Reports are written by {@code org.licenselens.report}.
 *
 * <p>May use: {@code extract}, {@code text}, {@code corpus}, {@code index}, {@code match}, {@code clause},
 * {@code compare}, {@code analysis}, and {@code internal}.
 */
package org.licenselens.scan;
