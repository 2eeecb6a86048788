/**
 * {@code licenselens hub}: the license and lineage picture of a whole model hub, on Apache Spark. Above the facade:
 * each executor JVM opens one {@link org.licenselens.LicenseLens} and reads every model of its partitions with it
 * ({@link org.licenselens.scan.HubLineage}), the job resolves each base by joining models on their ids, then writes
 * per-model results (Parquet, JSON Lines) and an aggregate report (Markdown, HTML). Built apart from the product
 * ({@code src/hub/java} → {@code licenselens-hub.jar}, Spark in {@code hub-lib/}), so no other command loads Spark.
 */
package org.licenselens.hub;
