package org.licenselens.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The machine a benchmark ran on, so speed figures can be read in context.
 *
 * @param processors  logical processors ({@code nproc})
 * @param cpuModel    {@code model name} from {@code /proc/cpuinfo}, or "unknown"
 * @param memory      {@code MemTotal} from {@code /proc/meminfo}, or "unknown"
 * @param javaVersion the running JVM's version and vendor
 * @param os          operating system name, version and architecture
 * @param loadAverage 1/5/15-minute load averages from {@code /proc/loadavg} when described, or "unknown";
 *                    speed figures are only comparable between runs on an equally idle machine
 * @param date        when the machine was described (UTC, ISO-8601)
 */
public record MachineInfo(int processors, String cpuModel, String memory, String javaVersion, String os,
                          String loadAverage, String date) {
    public MachineInfo {
        Objects.requireNonNull(cpuModel, "cpuModel");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(javaVersion, "javaVersion");
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(loadAverage, "loadAverage");
        Objects.requireNonNull(date, "date");
    }

    /** Describes the current machine. */
    public static MachineInfo current() {
        return new MachineInfo(Runtime.getRuntime().availableProcessors(),
                procField("/proc/cpuinfo", "model name"), procField("/proc/meminfo", "MemTotal"),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                readLoadAverage(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private static String readLoadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return fields.length >= 3 ? String.join(" ", fields[0], fields[1], fields[2]) : "unknown";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String procField(String file, String field) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return lines.stream().filter(l -> l.startsWith(field)).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
