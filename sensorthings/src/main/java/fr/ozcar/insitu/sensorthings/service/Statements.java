package fr.ozcar.insitu.sensorthings.service;

import fr.ozcar.insitu.sensorthings.filter.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Prepares an {@link Sql} and binds its parameters (arrays of ids become SQL arrays). */
final class Statements {

    private Statements() {
    }

    static PreparedStatement prepare(Connection connection, Sql sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.text());
        try {
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
