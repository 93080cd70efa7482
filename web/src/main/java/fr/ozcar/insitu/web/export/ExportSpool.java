package fr.ozcar.insitu.web.export;

import java.nio.file.Path;

/** The folder where exports are written when they cannot go straight to the client. */
public record ExportSpool(Path folder) {
}
