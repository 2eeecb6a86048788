/**
 * Release openness: which artifacts a model release holds, under which terms, and how far that goes by the Model
 * Openness Framework (MOF 1.0, classes III, II, I) and OSI's Open Source AI Definition 1.0.
 *
 * <p>Fed by a scan's results (license files, what model cards declare, clause flags), it inventories the release
 * folder, recognises each MOF component by name and content ({@code corpus/openness-components.json}), finds the
 * license of each from the most specific evidence, sorts licenses into open-source, open-data and open-content kinds
 * ({@code corpus/license-kinds.json}) and gives a verdict with evidence: {@link org.licenselens.openness.ReleaseOpenness}.
 * Entry point: {@link org.licenselens.openness.ReleaseAssessor#assess} (through the facade,
 * {@code LicenseLens.openness}).
 *
 * <p>May use: {@code extract}, {@code text}, {@code corpus}, {@code index}, {@code match}, {@code clause},
 * {@code compare}, {@code analysis}, {@code scan} and {@code internal}.
 */
package org.licenselens.openness;
