/**
 * Exports of series and datasets: the formats (CSV in the pivot data-file layout, NetCDF CF-1.8 DSG)
 * behind {@link fr.ozcar.insitu.export.ExportFormat}, and what a viewer may export
 * ({@link fr.ozcar.insitu.export.ExportScopes}). Knows no HTTP.
 */
package fr.ozcar.insitu.export;
