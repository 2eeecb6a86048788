package org.licenselens.analysis;

import java.util.function.Supplier;

/** A value computed on first use, once, whatever the threads. */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> supplier;
    private volatile T value;

    private Lazy(Supplier<T> supplier) {
        this.supplier = supplier;
    }

    static <T> Supplier<T> of(Supplier<T> supplier) {
        return new Lazy<>(supplier);
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                if (value == null) {
                    value = supplier.get();
                }
                v = value;
            }
        }
        return v;
    }
}
