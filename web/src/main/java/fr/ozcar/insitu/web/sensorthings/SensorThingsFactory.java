package fr.ozcar.insitu.web.sensorthings;

import fr.ozcar.insitu.core.access.EmbargoAccess;
import fr.ozcar.insitu.sensorthings.service.StaService;
import fr.ozcar.insitu.sensorthings.service.StaSettings;
import fr.ozcar.insitu.web.database.MigratedDatabase;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import javax.sql.DataSource;

/** The SensorThings service on the application's database, with the paging and time limits of the configuration. */
@Factory
class SensorThingsFactory {

    @Singleton
    StaService staService(DataSource dataSource, MigratedDatabase migrated, EmbargoAccess embargo,
                          @Value("${insitu.sta.default-top:100}") int defaultTop,
                          @Value("${insitu.sta.max-top:10000}") int maxTop,
                          @Value("${insitu.sta.fetch-size:1000}") int fetchSize,
                          @Value("${insitu.sta.query-timeout:30s}") Duration queryTimeout,
                          @Value("${insitu.sta.entity-budget:2000000}") long entityBudget) {
        return new StaService(dataSource, new StaSettings(defaultTop, maxTop, fetchSize, queryTimeout, entityBudget), embargo);
    }
}
