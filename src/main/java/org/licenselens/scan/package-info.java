/**
 * Scans a folder tree: finds the license-bearing files, identifies them through the {@link org.licenselens.LicenseLens}
 * facade, reads what manifests and model cards declare, and puts the repository-level picture together
 * (declared vs detected mismatches, one license expression, the flagged clauses and a ranked review queue).
 *
 * <p>Entry point: {@link org.licenselens.scan.Scanner#scan}, which returns an immutable
 * {@link org.licenselens.scan.ScanResult}; {@link org.licenselens.scan.PolicyGate} checks a result against a
 * {@code --fail-on} policy. Reports are written by {@code org.licenselens.report}.
 */
package org.licenselens.scan;
