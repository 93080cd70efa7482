package fr.ozcar.insitu.sensorthings.filter;

import fr.ozcar.insitu.sensorthings.entity.ObservationId;
import java.sql.Timestamp;

/**
 * An Observation id is computed from its measurement row's key, so no index knows it: the condition
 * "this Observation has id N" is written as the key range it stands for (its series, its second),
 * which the primary key serves, whether the id comes from the path or from {@code $filter=id eq N}.
 */
public final class ObservationKey {

    private ObservationKey() {
    }

    public static Sql condition(String alias, long id) {
        var key = ObservationId.decode(id);
        if (key.isEmpty()) {
            return Sql.of("false");
        }
        Timestamp second = Timestamp.from(key.get().second());
        Timestamp next = Timestamp.from(key.get().second().plusSeconds(1));
        return Sql.concat("(" + alias + ".datastream_id = ", Sql.param(key.get().seriesId(), "integer"),
                " and " + alias + ".time >= ", Sql.param(second, "timestamptz"),
                " and " + alias + ".time < ", Sql.param(next, "timestamptz"), ")");
    }
}
