package fr.ozcar.insitu.core.series;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ozcar.insitu.core.access.Role;
import fr.ozcar.insitu.core.access.Viewer;
import fr.ozcar.insitu.core.series.MeasuredSeries.Row;
import fr.ozcar.insitu.core.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SeriesPlotTest {

    private static final Instant START = Instant.parse("2023-03-01T00:00:00Z");
    private static final Duration STEP = Duration.ofMinutes(15);
    /** 60 days every 15 minutes, with missing values, flagged rows and a three-day outage. */
    private static final List<Row> ROWS = rows();

    private static DataSource dataSource;
    private static SeriesPlot plots;

    @BeforeAll
    static void database() throws Exception {
        dataSource = TestDatabase.create().dataSource();
        MeasuredSeries.insert(dataSource, "CEVN_OBS_T_AIR", null, ROWS);
        plots = new SeriesPlot(dataSource);
    }

    private static List<Row> rows() {
        Random random = new Random(42);
        List<Row> rows = new ArrayList<>();
        Instant outageStart = START.plus(Duration.ofDays(20));
        Instant outageEnd = outageStart.plus(Duration.ofDays(3));
        for (Instant t = START; t.isBefore(START.plus(Duration.ofDays(60))); t = t.plus(STEP)) {
            if (!t.isBefore(outageStart) && t.isBefore(outageEnd)) {
                continue;
            }
            Double value = random.nextInt(50) == 0 ? null : Math.round((8 + 10 * random.nextGaussian()) * 100) / 100.0;
            String flag = random.nextInt(30) == 0 ? "S" : null;
            rows.add(new Row(t, value, flag));
        }
        return rows;
    }

    private Plot plot(Instant from, Instant to, int maxPoints) throws Exception {
        return plots.plot("CEVN_OBS_T_AIR", new PlotRequest(from, to, maxPoints), Viewer.ANONYMOUS).orElseThrow();
    }

    @Test
    void aWindowHoldingFewerRowsThanMaxPointsAnswersTheRawRowsWithTheirGapsAndFlags() throws Exception {
        Instant from = START.plus(Duration.ofDays(2));
        Instant to = from.plus(Duration.ofHours(6));

        Plot plot = plot(from, to, 100);

        List<Row> expected = ROWS.stream().filter(r -> !r.time().isBefore(from) && !r.time().isAfter(to)).toList();
        assertThat(plot.aggregated()).isFalse();
        assertThat(plot.buckets()).isNull();
        assertThat(plot.points()).extracting(PlotPoint::time, PlotPoint::value, PlotPoint::flag)
                .containsExactlyElementsOf(expected.stream()
                        .map(r -> org.assertj.core.groups.Tuple.tuple(r.time(), r.value(), r.flag())).toList());
        assertThat(plot.unit()).isEqualTo("°C");
    }

    @Test
    void aWindowHoldingExactlyMaxPointsRowsIsAggregated() throws Exception {
        Instant from = START.plus(Duration.ofDays(2));
        Instant to = from.plus(STEP.multipliedBy(24)); // 25 rows, both ends included

        assertThat(plot(from, to, 25).aggregated()).isTrue();
        assertThat(plot(from, to, 26).aggregated()).isFalse();
    }

    @Test
    void bucketsHoldExactlyTheMinimumMaximumMeanAndCountOfTheirRawRowsOverRandomWindows() throws Exception {
        Random random = new Random(7);
        long span = Duration.between(START, ROWS.get(ROWS.size() - 1).time()).getSeconds();
        for (int trial = 0; trial < 60; trial++) {
            Instant from = START.minusSeconds(3600).plusSeconds((long) (random.nextDouble() * span));
            Instant to = from.plusSeconds(1 + (long) (random.nextDouble() * (span / 2)));
            int maxPoints = 2 + random.nextInt(400);

            Plot plot = plot(from, to, maxPoints);

            List<Row> inWindow = ROWS.stream().filter(r -> !r.time().isBefore(from) && !r.time().isAfter(to)).toList();
            if (inWindow.size() < maxPoints) {
                assertThat(plot.aggregated()).isFalse();
                assertThat(plot.points()).hasSize(inWindow.size());
                continue;
            }
            assertThat(plot.aggregated()).isTrue();
            assertThat(plot.buckets()).hasSizeLessThanOrEqualTo(maxPoints);
            long counted = 0;
            for (PlotBucket bucket : plot.buckets()) {
                DoubleSummaryStatistics raw = inWindow.stream()
                        .filter(r -> r.value() != null && !r.time().isBefore(bucket.start()) && r.time().isBefore(bucket.end()))
                        .mapToDouble(Row::value).summaryStatistics();
                assertThat(bucket.count()).as("count of %s", bucket).isEqualTo(raw.getCount()).isPositive();
                assertThat(bucket.min()).as("min of %s", bucket).isEqualTo(raw.getMin());
                assertThat(bucket.max()).as("max of %s", bucket).isEqualTo(raw.getMax());
                assertThat(bucket.mean()).as("mean of %s", bucket).isCloseTo(raw.getAverage(), org.assertj.core.data.Offset.offset(1e-9));
                counted += bucket.count();
            }
            assertThat(counted).isEqualTo(inWindow.stream().filter(r -> r.value() != null).count());
        }
    }

    @Test
    void bucketsAreContiguousFromTheWindowStartAndTheLastOneHoldsTheWindowEnd() throws Exception {
        Instant from = START;
        Instant to = ROWS.get(ROWS.size() - 1).time();

        Plot plot = plot(from, to, 1000);

        PlotBucket first = plot.buckets().get(0);
        PlotBucket last = plot.buckets().get(plot.buckets().size() - 1);
        assertThat(first.start()).isEqualTo(from);
        assertThat(last.start()).isBeforeOrEqualTo(to);
        assertThat(last.end()).isAfter(to);
        Duration width = Duration.between(first.start(), first.end());
        assertThat(plot.buckets()).allSatisfy(b -> {
            assertThat(Duration.between(b.start(), b.end())).isEqualTo(width);
            assertThat(Duration.between(from, b.start()).toNanos() % width.toNanos()).isZero();
        });
    }

    @Test
    void anOutageLeavesNoBucketSoThePlotDrawsAGap() throws Exception {
        Instant outageStart = START.plus(Duration.ofDays(20));
        Instant outageEnd = outageStart.plus(Duration.ofDays(3));

        Plot plot = plot(START, START.plus(Duration.ofDays(40)), 400); // 2.4 h buckets

        assertThat(plot.buckets()).noneMatch(b -> !b.start().isBefore(outageStart) && !b.end().isAfter(outageEnd));
        assertThat(plot.buckets()).anyMatch(b -> b.end().isAfter(outageEnd) && b.start().isBefore(outageEnd));
    }

    @Test
    void withoutAWindowThePlotCoversTheWholeSeriesInUtc() throws Exception {
        Plot plot = plots.plot("CEVN_OBS_T_AIR", new PlotRequest(null, null, 2000), Viewer.ANONYMOUS).orElseThrow();

        assertThat(plot.from()).isEqualTo(START);
        assertThat(plot.to()).isEqualTo(ROWS.get(ROWS.size() - 1).time());
        assertThat(plot.buckets().stream().mapToLong(PlotBucket::count).sum())
                .isEqualTo(ROWS.stream().filter(r -> r.value() != null).count());
    }

    @Test
    void anUnknownSeriesHasNoPlot() throws Exception {
        assertThat(plots.plot("CEVN_OBS_NONE", new PlotRequest(null, null, 10), Viewer.ANONYMOUS)).isEmpty();
    }

    @Test
    void rowsUnderEmbargoAreLeftOutForTheAnonymousButShownToTheProducersDataManager() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.DAYS); // the embargo counts whole UTC days
        List<Row> recent = new ArrayList<>();
        for (int day = 100; day >= 1; day--) {
            recent.add(new Row(now.minus(Duration.ofDays(day)).plus(Duration.ofHours(12)), (double) day, null));
        }
        MeasuredSeries.insert(dataSource, "EMBA_OBS_RECENT", 30, recent);
        Viewer manager = new Viewer(Optional.of("m"), Optional.of("m@example.org"), Set.of(Role.DATA_MANAGER), Set.of("EMBA"));
        Viewer privileged = new Viewer(Optional.of("a"), Optional.of("ana@example.org"), Set.of(Role.RESEARCHER), Set.of());
        PlotRequest whole = new PlotRequest(null, null, 1000);

        Plot anonymous = plots.plot("EMBA_OBS_RECENT", whole, Viewer.ANONYMOUS).orElseThrow();

        assertThat(anonymous.points()).extracting(PlotPoint::value).allMatch(v -> v > 30).hasSize(70);
        assertThat(anonymous.to()).isBefore(Instant.now().minus(Duration.ofDays(30)));
        assertThat(plots.plot("EMBA_OBS_RECENT", whole, manager).orElseThrow().points()).hasSize(100);
        assertThat(plots.plot("EMBA_OBS_RECENT", whole, privileged).orElseThrow().points()).hasSize(100);
    }
}
