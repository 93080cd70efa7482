package fr.ozcar.insitu.core.identity;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** PostgreSQL {@code text[]} columns read as lists. */
final class SqlArrays {

    private SqlArrays() {
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
