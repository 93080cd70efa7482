package fr.ozcar.insitu.web.cli;

import fr.ozcar.insitu.core.deposit.ImportMode;
import picocli.CommandLine.Command;

/** {@code insitu validate deposit.zip}: {@code import --dry-run} under the name a data manager looks for. */
@Command(name = "validate", description = "Validate a deposit (a zip, a folder, or a metadata JSON followed by data"
        + " files) as the import would: the full report, nothing written. Exit code 0 when valid, 1 when not.")
public class ValidateCommand extends ImportCommand {

    @Override
    ImportMode mode() {
        return ImportMode.DRY_RUN;
    }
}
