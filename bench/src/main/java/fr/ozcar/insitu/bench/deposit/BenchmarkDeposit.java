package fr.ozcar.insitu.bench.deposit;

import java.nio.file.Path;

/** The deposit the import benchmark reads. */
final class BenchmarkDeposit {

    private BenchmarkDeposit() {
    }

    static Path write(long minimumRows, Path directory) {
        throw new UnsupportedOperationException("pass the benchmark deposit zip as the second argument until the"
                + " demo generator is available");
    }
}
