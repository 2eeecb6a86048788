package org.licenselens.scan;

/** Hears how far a scan has got, e.g. to draw a progress bar. Called from worker threads. */
public interface ScanListener {
    /** A listener that ignores everything. */
    ScanListener NONE = new ScanListener() {};

    /** The walk is over: {@code total} files will be analysed. */
    default void started(int total) {}

    /** One more file is done; {@code done} counts them all so far. */
    default void fileDone(int done) {}

    /** Every file is done. */
    default void finished() {}
}
