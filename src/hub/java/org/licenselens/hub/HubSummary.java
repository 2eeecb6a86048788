package org.licenselens.hub;

import java.util.List;
import java.util.Map;

/**
 * The aggregate of one hub run: what {@code summary.json} holds and the reports show. Counts are of models unless
 * named otherwise; maps are ordered most common first.
 *
 * @param schema        {@code licenselens-hub/1}
 * @param input         the input as given
 * @param kind          {@code mirror} or {@code jsonl}
 * @param models        models read (including unreadable ones)
 * @param unreadable    models that could not be read, each reported in the per-model results with why
 * @param derivatives   models with a {@code base_model}
 * @param licenses      models by declared license as written ({@code none}, {@code apache-2.0}, {@code other:qwen})
 * @param spdx          models by SPDX id of the licenses that bind them
 * @param customFamilies models by family of the custom (non-SPDX) licenses that bind them
 * @param flags         models by flag type over their files
 * @param openness      models by {@link OpennessVerdict}
 * @param mofClasses    models by the MOF class their release reaches ({@link Release}): {@code III}, {@code II},
 *                      {@code I}, {@code none}, or {@code not assessed} for a metadata-only record
 * @param osaid         models by OSAID 1.0 conformance of their release: {@code conformant}, {@code not conformant},
 *                      or {@code not assessed}
 * @param relations     derivatives by {@code base_model_relation}
 * @param lineage       derivatives by lineage status
 * @param conflicts     lineage conflicts in all (one per base whose binding licenses a model drops)
 * @param unknownBases  base references whose license resolves nowhere
 * @param conflictPairs conflicts by declared license and base license, most common first
 * @param lineageRounds join rounds until every base's terms had reached every derivative
 * @param timing        where the wall time went
 */
record HubSummary(String schema, String input, String kind, long models, long unreadable, long derivatives,
                  Map<String, Long> licenses, Map<String, Long> spdx, Map<String, Long> customFamilies,
                  Map<String, Long> flags, Map<String, Long> openness, Map<String, Long> mofClasses,
                  Map<String, Long> osaid, Map<String, Long> relations,
                  Map<String, Long> lineage, long conflicts, long unknownBases, List<Pair> conflictPairs,
                  int lineageRounds, Timing timing) {
    /** Conflicts of one declared license over one base license. */
    record Pair(String declared, String base, long count) {}

    /**
     * @param seconds        wall time of the job, session start excluded
     * @param engineSeconds  time inside the engine (reading models, holding declarations against bases), summed
     *                       over every task; divide by the cores for its share of the wall time
     * @param readSeconds    wall time of reading every model
     * @param lineageSeconds wall time of the lineage joins
     * @param writeSeconds   wall time of writing results and aggregating
     * @param cores          the parallelism Spark ran with
     */
    record Timing(double seconds, double engineSeconds, double readSeconds, double lineageSeconds,
                  double writeSeconds, int cores) {}
}
