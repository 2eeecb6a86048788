package org.licenselens.hub;

import org.apache.spark.sql.SparkSession;

/** The Spark session of a hub run: local and offline unless a master is named (or spark-submit named one). */
final class HubSession {
    private HubSession() {}

    static SparkSession start(String master) {
        SparkSession.Builder builder = SparkSession.builder().appName("licenselens hub")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC")
                // The lineage rounds shuffle little data: Spark's 200 partitions would be mostly empty tasks.
                .config("spark.sql.shuffle.partitions", String.valueOf(4 * Runtime.getRuntime().availableProcessors()));
        String chosen = master != null ? master : System.getProperty("spark.master", "local[*]");
        builder.master(chosen);
        if (chosen.startsWith("local")) {
            // No network: the driver listens on loopback only.
            builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        return builder.getOrCreate();
    }
}
