package fr.ozcar.insitu.core.access;

import static fr.ozcar.insitu.core.testing.EmbargoedDataset.FLUX_SERIES;
import static fr.ozcar.insitu.core.testing.EmbargoedDataset.OPEN_SERIES;
import static fr.ozcar.insitu.core.testing.EmbargoedDataset.RECENT_SERIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ozcar.insitu.core.testing.EmbargoedDataset;
import fr.ozcar.insitu.core.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The embargo, as the SQL views of core.access apply it for each kind of viewer. */
class EmbargoAccessTest {

    static final Viewer RESEARCHER = new Viewer(Optional.of("r1"), Optional.of("someone@example.org"),
            Set.of(Role.RESEARCHER), Set.of());
    static final Viewer PRIVILEGED = new Viewer(Optional.of("sg"), Optional.of("SYLVIE.GALLE@ird.fr"),
            Set.of(Role.RESEARCHER), Set.of());
    static final Viewer PRODUCER = new Viewer(Optional.of("dm"), Optional.of("dm@example.org"),
            Set.of(Role.DATA_MANAGER), Set.of("EMBA"));
    static final Viewer OTHER_PRODUCER = new Viewer(Optional.of("dm2"), Optional.of("dm2@example.org"),
            Set.of(Role.DATA_MANAGER), Set.of("CATC"));
    static final Viewer ADMINISTRATOR = new Viewer(Optional.of("admin"), Optional.empty(),
            Set.of(Role.ADMINISTRATOR), Set.of());

    static TestDatabase database;
    final EmbargoAccess access = new EmbargoAccess();

    @BeforeAll
    static void load() {
        database = EmbargoedDataset.load(TestDatabase.create());
    }

    @Test
    void anAnonymousVisitorSeesOnlyTheRowsOlderThanTheWindow() throws SQLException {
        assertThat(visibleRows(Viewer.ANONYMOUS, FLUX_SERIES)).isEqualTo(EmbargoedDataset.OPEN_ROWS);
        assertThat(maxVisibleTime(Viewer.ANONYMOUS, FLUX_SERIES)).isBefore(EmbargoedDataset.hiddenFrom());
    }

    @Test
    void aResearcherWhoIsNotPrivilegedSeesWhatAnAnonymousVisitorSees() throws SQLException {
        assertThat(visibleRows(RESEARCHER, FLUX_SERIES)).isEqualTo(EmbargoedDataset.OPEN_ROWS);
        assertThat(visibleRows(OTHER_PRODUCER, FLUX_SERIES)).isEqualTo(EmbargoedDataset.OPEN_ROWS);
    }

    @Test
    void thePrivilegedUserTheProducersDataManagerAndAnAdministratorSeeEveryRow() throws SQLException {
        int all = EmbargoedDataset.OPEN_ROWS + EmbargoedDataset.HIDDEN_ROWS;
        assertThat(visibleRows(PRIVILEGED, FLUX_SERIES)).isEqualTo(all);
        assertThat(visibleRows(PRODUCER, FLUX_SERIES)).isEqualTo(all);
        assertThat(visibleRows(ADMINISTRATOR, FLUX_SERIES)).isEqualTo(all);
    }

    @Test
    void aDatasetWithoutEmbargoIsOpenToAll() throws SQLException {
        assertThat(visibleRows(Viewer.ANONYMOUS, OPEN_SERIES)).isEqualTo(60);
    }

    @Test
    void aTransactionThatNeverSaidWhoIsAskingSeesAsAnAnonymousVisitor() throws SQLException {
        assertThat(database.count("visible_measurement where series_id = " + FLUX_SERIES))
                .isEqualTo(EmbargoedDataset.OPEN_ROWS);
    }

    @Test
    void theViewerEndsWithItsTransaction() throws SQLException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            access.enter(connection, ADMINISTRATOR);
            connection.commit();
            assertThat(count(connection, FLUX_SERIES)).isEqualTo(EmbargoedDataset.OPEN_ROWS);
        }
    }

    @Test
    void enteringAViewerOutsideATransactionIsRefused() throws SQLException {
        try (Connection connection = database.connect()) {
            assertThatThrownBy(() -> access.enter(connection, ADMINISTRATOR)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void theSeriesSummaryTellsOnlyWhatTheViewerMaySee() throws SQLException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            access.enter(connection, Viewer.ANONYMOUS);
            try (PreparedStatement select = connection.prepareStatement("select series_id, hides_rows, row_count,"
                    + " last_time, max_value, first_time from visible_series_summary where series_id in (?, ?, ?) order by series_id")) {
                select.setInt(1, FLUX_SERIES);
                select.setInt(2, RECENT_SERIES);
                select.setInt(3, OPEN_SERIES);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    assertThat(rows.getBoolean(2)).isTrue();
                    assertThat(rows.getLong(3)).isEqualTo(EmbargoedDataset.OPEN_ROWS);
                    assertThat(rows.getTimestamp(4).toInstant()).isBefore(EmbargoedDataset.hiddenFrom());
                    assertThat(rows.getDouble(5)).isLessThan(1000);
                    rows.next(); // every row of this series is recent: nothing to tell, not even when it starts
                    assertThat(rows.getLong(3)).isZero();
                    assertThat(rows.getTimestamp(6)).isNull();
                    assertThat(rows.getTimestamp(4)).isNull();
                    rows.next();
                    assertThat(rows.getBoolean(2)).isFalse();
                    assertThat(rows.getLong(3)).isEqualTo(60);
                }
            }
        }
    }

    @Test
    void theWindowsTellWhichSeriesHideRowsAndFromWhen() throws SQLException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            EmbargoWindows windows = access.windows(connection, RESEARCHER);
            assertThat(windows.hidesRowsOf(FLUX_SERIES)).isTrue();
            assertThat(windows.hidesRowsOf(OPEN_SERIES)).isFalse();
            assertThat(windows.hiddenFrom()).containsEntry(FLUX_SERIES, EmbargoedDataset.hiddenFrom());
            assertThat(windows.visible(FLUX_SERIES, EmbargoedDataset.hiddenFrom().minusSeconds(1))).isTrue();
            assertThat(windows.visible(FLUX_SERIES, EmbargoedDataset.hiddenFrom())).isFalse();
            assertThat(access.windows(connection, PRODUCER).hidesRowsOf(FLUX_SERIES)).isFalse();
        }
    }

    @Test
    void theWindowIsCountedFromTheDayOfTheRequest() throws SQLException {
        // ten days later, ten more of the rows (which stop yesterday) have left the window
        Clock later = Clock.fixed(Instant.now().plus(10, ChronoUnit.DAYS), ZoneOffset.UTC);
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            new EmbargoAccess(later).enter(connection, Viewer.ANONYMOUS);
            assertThat(count(connection, FLUX_SERIES)).isEqualTo(EmbargoedDataset.OPEN_ROWS + 10);
        }
    }

    private long visibleRows(Viewer viewer, int series) throws SQLException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            access.enter(connection, viewer);
            return count(connection, series);
        }
    }

    private Instant maxVisibleTime(Viewer viewer, int series) throws SQLException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            access.enter(connection, viewer);
            try (PreparedStatement select = connection.prepareStatement(
                    "select max(time) from visible_measurement where series_id = ?")) {
                select.setInt(1, series);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getTimestamp(1).toInstant();
                }
            }
        }
    }

    private static long count(Connection connection, int series) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select count(*) from visible_measurement where series_id = ?")) {
            select.setInt(1, series);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
