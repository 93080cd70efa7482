package fr.ozcar.insitu.sensorthings.service;

import fr.ozcar.insitu.sensorthings.filter.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Prepares an {@link Sql}, binds its parameters (arrays of ids become SQL arrays) and bounds its
 * execution time: the driver cancels a statement still running after the timeout (no extra round trip,
 * unlike a SET statement_timeout per request).
 */
final class Statements {

    private Statements() {
    }

    static PreparedStatement prepare(Connection connection, Sql sql, Duration timeout) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.text());
        try {
            statement.setQueryTimeout(Math.toIntExact(Math.max(1, timeout.toSeconds())));
            int index = 1;
            for (Object param : sql.params()) {
                if (param instanceof Long[] longs) {
                    statement.setArray(index++, connection.createArrayOf("bigint", longs));
                } else if (param instanceof Integer[] ints) {
                    statement.setArray(index++, connection.createArrayOf("integer", ints));
                } else {
                    statement.setObject(index++, param);
                }
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }
}
