package fr.ozcar.insitu.export;

import java.io.OutputStream;

/** One exported file: named and typed before its bytes are written, so that a caller can answer first. */
public interface ExportFile {

    String fileName();

    String mediaType();

    /** Writes the whole file; the same scope and options always give the same bytes. */
    void writeTo(OutputStream out) throws Exception;
}
