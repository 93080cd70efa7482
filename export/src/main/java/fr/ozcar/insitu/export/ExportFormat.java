package fr.ozcar.insitu.export;

/** A file format for exported series: one implementation per format, chosen by its {@link #name()}. */
public interface ExportFormat {

    /** The {@code format=} value that selects it ({@code csv}, {@code netcdf}). */
    String name();

    /**
     * The file of {@code scope}, ready to be written.
     *
     * @throws ExportRefused when this format cannot hold the scope (e.g. only text series for NetCDF)
     */
    ExportFile prepare(ExportScope scope, ExportOptions options);
}
