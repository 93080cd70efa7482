package fr.ozcar.insitu.web.deposit;

import fr.ozcar.insitu.core.deposit.read.DepositSource;
import fr.ozcar.insitu.core.deposit.read.FilesDepositSource;
import fr.ozcar.insitu.core.deposit.read.FolderDepositSource;
import fr.ozcar.insitu.core.deposit.read.ZipDepositSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Turns what a data manager names on the command line into a deposit: a zip, a folder, or JSON + files. */
public final class DepositSources {

    private DepositSources() {
    }

    public static DepositSource of(Path first, List<Path> more) {
        if (Files.isDirectory(first)) {
            return new FolderDepositSource(first);
        }
        if (first.getFileName().toString().toLowerCase().endsWith(".json")) {
            return FilesDepositSource.of(first, more);
        }
        return new ZipDepositSource(first);
    }
}
