package org.licenselens.bench;

/**
 * Accuracy and speed of one tool over a set of benchmark files.
 *
 * <p>Precision and recall are micro-averaged over (file, key) pairs; a ratio whose denominator is zero is 0.
 * The SPDX-only subset holds the files with at least one expected key where every expected key has a real SPDX
 * id (see {@link LicenseKeyMap#hasRealSpdx}); files expected to contain no license are left out of it because
 * "all keys are SPDX" says nothing about them.
 *
 * @param files             files scored
 * @param exact             files whose found key set equals the expected key set
 * @param exactRate         {@code exact / files}
 * @param precision         true positives / reported keys
 * @param recall            true positives / expected keys
 * @param spdxOnlyFiles     files in the SPDX-only subset
 * @param spdxOnlyExact     exact files in that subset
 * @param spdxOnlyExactRate {@code spdxOnlyExact / spdxOnlyFiles}
 * @param filesPerSecond    files / wall-clock seconds spent in the tool (process start-up included)
 * @param truePositives     (file, key) pairs reported and expected
 * @param falsePositives    (file, key) pairs reported but not expected
 * @param falseNegatives    (file, key) pairs expected but not reported
 * @param errors            files on which the tool failed (scored as an empty answer)
 * @param elapsedSeconds    wall-clock seconds spent in the tool
 * @param cpuSeconds        CPU seconds used meanwhile by this process and its finished children (see
 *                          {@link CpuClock}), all threads summed; -1 when not measured. Less sensitive than
 *                          wall-clock time to other work on the machine.
 */
public record Score(int files, int exact, double exactRate, double precision, double recall,
                    int spdxOnlyFiles, int spdxOnlyExact, double spdxOnlyExactRate, double filesPerSecond,
                    int truePositives, int falsePositives, int falseNegatives, int errors, double elapsedSeconds,
                    double cpuSeconds) {
    public Score {
        if (files < 0 || exact < 0 || exact > files || spdxOnlyExact > spdxOnlyFiles || spdxOnlyFiles > files) {
            throw new IllegalArgumentException("inconsistent counts: files=" + files + " exact=" + exact
                    + " spdxOnlyFiles=" + spdxOnlyFiles + " spdxOnlyExact=" + spdxOnlyExact);
        }
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0 || errors < 0 || elapsedSeconds < 0) {
            throw new IllegalArgumentException("negative count or time");
        }
        if (cpuSeconds < 0 && cpuSeconds != NOT_MEASURED) {
            throw new IllegalArgumentException("cpuSeconds must be >= 0 or " + NOT_MEASURED + ", got " + cpuSeconds);
        }
    }

    /** The {@code cpuSeconds} of a run whose CPU time could not be read. */
    public static final double NOT_MEASURED = -1;

    /** Returns the mean CPU milliseconds per file, or {@link #NOT_MEASURED}. */
    public double cpuMillisPerFile() {
        if (cpuSeconds == NOT_MEASURED) {
            return NOT_MEASURED;
        }
        return files == 0 ? 0 : 1000 * cpuSeconds / files;
    }

    /** Returns the mean wall-clock seconds per file. */
    public double secondsPerFile() {
        return files == 0 ? 0 : elapsedSeconds / files;
    }

    static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
