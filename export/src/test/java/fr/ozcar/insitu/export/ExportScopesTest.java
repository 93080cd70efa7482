package fr.ozcar.insitu.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ozcar.insitu.core.access.Role;
import fr.ozcar.insitu.core.access.Viewer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportScopesTest {

    private static final Instant NEW_YEAR_2020 = Instant.parse("2020-01-01T00:00:00Z");
    private static final Viewer PRIVILEGED = new Viewer(Optional.of("marie"), Optional.of("Marie.Durand@example.org"),
            Set.of(Role.RESEARCHER), Set.of());
    private static final Viewer CATC_DATA_MANAGER = new Viewer(Optional.of("paul"), Optional.of("paul.martin@example.org"),
            Set.of(Role.DATA_MANAGER), Set.of("CATC"));

    @TempDir
    Path scratch;

    private DataSource source;
    private ExportScopes scopes;

    @BeforeEach
    void importCatc() {
        source = ImportedCatc.database(scratch);
        scopes = new ExportScopes(source);
    }

    @Test
    void anAnonymousViewerReadsUpToTheEmbargoCountedFromTodaysStart() throws Exception {
        embargoMeteoUntil(NEW_YEAR_2020);

        SeriesSlice slice = scopes.series("CATC_OBS_AirTemp_Upper", ExportOptions.ALL, Viewer.ANONYMOUS).series().get(0);

        assertThat(slice.to()).contains(NEW_YEAR_2020);
    }

    @Test
    void privilegedUsersAndTheProducersDataManagersReadEveryRow() throws Exception {
        embargoMeteoUntil(NEW_YEAR_2020);

        assertThat(scopes.series("CATC_OBS_AirTemp_Upper", ExportOptions.ALL, PRIVILEGED).series().get(0).to()).isEmpty();
        assertThat(scopes.series("CATC_OBS_AirTemp_Upper", ExportOptions.ALL, CATC_DATA_MANAGER).series().get(0).to()).isEmpty();
    }

    @Test
    void aSeriesWhollyUnderEmbargoIsRefused() throws Exception {
        embargoMeteoUntil(Instant.parse("2019-01-01T00:00:00Z"));

        assertThatThrownBy(() -> scopes.series("CATC_OBS_AirTemp_Upper", ExportOptions.ALL, Viewer.ANONYMOUS))
                .isInstanceOf(ExportRefused.class).hasMessageContaining("under embargo")
                .extracting(e -> ((ExportRefused) e).reason()).isEqualTo(ExportRefused.Reason.EMBARGOED);
    }

    @Test
    void aWindowOutsideTheDataIsRefusedWithTheRangeThatCanBeRead() {
        ExportOptions in2030 = new ExportOptions(Optional.of(Instant.parse("2030-01-01T00:00:00Z")), Optional.empty(),
                false, false);

        assertThatThrownBy(() -> scopes.dataset("CATC_DAT_Meteo", in2030, Viewer.ANONYMOUS))
                .isInstanceOf(ExportRefused.class)
                .hasMessageContaining("CATC_OBS_AirTemp_Upper 2019-12-31T23:30:00Z to")
                .extracting(e -> ((ExportRefused) e).reason()).isEqualTo(ExportRefused.Reason.NO_DATA_IN_WINDOW);
    }

    @Test
    void anUnknownSeriesIsNotFound() {
        assertThatThrownBy(() -> scopes.series("CATC_OBS_Nothing", ExportOptions.ALL, Viewer.ANONYMOUS))
                .extracting(e -> ((ExportRefused) e).reason()).isEqualTo(ExportRefused.Reason.NOT_FOUND);
    }

    @Test
    void aWindowEndingBeforeItStartsIsMalformed() {
        assertThatThrownBy(() -> new ExportOptions(Optional.of(NEW_YEAR_2020),
                Optional.of(NEW_YEAR_2020.minusSeconds(1)), false, false))
                .extracting(e -> ((ExportRefused) e).reason()).isEqualTo(ExportRefused.Reason.BAD_WINDOW);
    }

    /** Sets the Meteo dataset's embargo so that rows after {@code cutoff} are hidden today. */
    private void embargoMeteoUntil(Instant cutoff) throws Exception {
        long days = ChronoUnit.DAYS.between(cutoff.atZone(ZoneOffset.UTC).toLocalDate(), LocalDate.now(ZoneOffset.UTC));
        try (Connection connection = source.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "update dataset set embargo_days = ? where id = 'CATC_DAT_Meteo'")) {
            statement.setInt(1, (int) days);
            statement.executeUpdate();
        }
    }
}
