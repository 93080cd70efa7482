package fr.ozcar.insitu.core.deposit.validate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import fr.ozcar.insitu.core.deposit.Problem;
import fr.ozcar.insitu.core.deposit.Problems;
import fr.ozcar.insitu.core.text.Count;
import java.io.IOException;

/**
 * Bounds the memory a metadata file may take before it is parsed into a tree. The tree costs about
 * 300 bytes of heap per JSON value whatever the file's size (a 44 MB file of 1.8 million keywords
 * took 2.4 GB), so the byte limit alone does not bound it: this streaming pass counts the values and
 * measures the strings first, holding nothing but the file itself, and refuses a file beyond
 * {@link #MAX_VALUES} values or with a string longer than {@link #MAX_STRING_CHARS}, saying which.
 *
 * <p>With the file at most {@code insitu.import.max-metadata-bytes} (16 MiB by default), a metadata
 * file therefore takes at most about 16 MiB + 500,000 × 300 bytes ≈ 160 MB of heap while imported.
 * The largest real metadata files hold a few thousand observations of some fifty values each.
 */
public final class MetadataBudget {

    /** JSON values (objects, arrays, scalars) in one metadata file: 10,000 observations of 50 values. */
    public static final int MAX_VALUES = 500_000;

    /** The longest string of a metadata file (an abstract, a lineage): a page of text is some 5,000. */
    public static final int MAX_STRING_CHARS = 1 << 20;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();

    private MetadataBudget() {
    }

    /**
     * Adds an error and returns false when the file is beyond the budget. A file that is not JSON
     * passes: the parser reports its syntax error with its line and column.
     */
    public static boolean admits(String file, byte[] content, Problems problems) {
        int values = 0;
        try (JsonParser parser = JSON.createParser(content)) {
            for (JsonToken token; (token = parser.nextToken()) != null; ) {
                if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                    int length = parser.getTextLength();
                    if (length > MAX_STRING_CHARS) {
                        problems.add(Problem.error("metadata-string-too-long", "a string of this metadata file is "
                                + Count.of(length, "character") + " long; a metadata field holds at most "
                                + MAX_STRING_CHARS + " characters (data go in the data files, not in the metadata)")
                                .inFile(file).atPath(path(parser)));
                        return false;
                    }
                }
                if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY
                        && ++values > MAX_VALUES) {
                    problems.add(Problem.error("metadata-too-complex", "the metadata file holds more than "
                            + MAX_VALUES + " JSON values (objects, arrays, strings, numbers), the most a metadata"
                            + " file may hold; it has that many by " + path(parser) + " (a list that long belongs"
                            + " in a data file, or the file was generated wrongly)").inFile(file)
                            .atPath(path(parser)));
                    return false;
                }
            }
        } catch (IOException e) {
            return true; // not JSON, or not valid to its end: the parser says where
        }
        return true;
    }

    private static String path(JsonParser parser) {
        return parser.getParsingContext().pathAsPointer().toString().isEmpty() ? "$"
                : "$" + parser.getParsingContext().pathAsPointer().toString()
                        .replaceAll("/(\\d+)", "[$1]").replace('/', '.');
    }
}
