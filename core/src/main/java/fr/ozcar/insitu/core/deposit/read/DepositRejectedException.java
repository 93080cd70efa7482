package fr.ozcar.insitu.core.deposit.read;

import fr.ozcar.insitu.core.deposit.Problem;
import java.io.IOException;

/**
 * The deposit cannot be read further (unsafe path, size limit, corrupt zip). An {@link IOException}
 * so that it can be thrown from inside a stream's {@code read}; the importer turns it into its problem.
 */
public final class DepositRejectedException extends IOException {

    private final transient Problem problem;

    public DepositRejectedException(Problem problem) {
        super(problem.message());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
