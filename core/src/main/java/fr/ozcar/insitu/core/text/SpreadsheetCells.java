package fr.ozcar.insitu.core.text;

import java.util.regex.Pattern;

/**
 * CSV injection (OWASP "CSV Injection"): a spreadsheet opening a CSV file runs a cell that starts with
 * {@code = + - @}, a tab or a carriage return as a formula ({@code =HYPERLINK(…)} sends the reader
 * elsewhere, DDE formulas run commands). Every CSV the server writes goes through {@link #neutralise}:
 * such a cell is prefixed with a single quote, which spreadsheets show as text and hide.
 *
 * <p>Lossless for re-import: a cell that already starts with a quote is prefixed too, and the
 * importer ({@link #restoredStart}) drops exactly one quote from a cell that starts with a quote
 * followed by one of these characters; so what was deposited, exported and deposited again is what
 * was deposited. Numbers ({@code -1.5}, {@code +3}) are no formulas and are written as they are.
 */
public final class SpreadsheetCells {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private SpreadsheetCells() {
    }

    /** The cell as written into a CSV file: as it is, or behind a single quote. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty() || !needsQuote(cell.charAt(0)) || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    /**
     * Where the original text of a cell {@code line[from, to)} of a data file starts: one past the
     * quote that {@link #neutralise} added, if any.
     */
    public static int restoredStart(byte[] line, int from, int to) {
        return to - from >= 2 && line[from] == '\'' && needsQuote((char) line[from + 1]) ? from + 1 : from;
    }

    private static boolean needsQuote(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\'';
    }
}
