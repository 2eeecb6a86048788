/**
 * The repository's own license policy and review decisions, kept in {@code licenselens.yml} beside the code:
 * which license categories and keys are allowed, flagged or denied, which conditions fail the gate, which paths
 * to ignore, which corpus additions to use, and the review items a person accepted, each bound to the SHA-256
 * of the content it was accepted for.
 *
 * <p>Sits between {@code scan} and the facade: it reads a {@link org.licenselens.scan.ScanResult} and says, for
 * each review item, whether a decision resolves it ({@link org.licenselens.policy.PolicyOutcome}); reports show
 * that outcome. {@link org.licenselens.policy.PolicyFiles} parses the file into typed records and rejects every
 * unknown key or bad value with its file and line; {@link org.licenselens.policy.DecisionRecorder} appends a
 * decision by editing the YAML text, so comments and layout survive, and replaces the file atomically.
 */
package org.licenselens.policy;
