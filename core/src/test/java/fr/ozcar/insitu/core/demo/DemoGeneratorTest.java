package fr.ozcar.insitu.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator is reproducible, writes zips or folders, and scales to benchmark sizes. */
class DemoGeneratorTest {

    private static final DemoProducer AGRHYS = DemoCatalogue.producers().get(1);

    @TempDir
    Path directory;

    @Test
    void the_same_seed_gives_byte_identical_deposits() throws IOException {
        Path first = new DemoGenerator(42).writeDeposit(AGRHYS, directory.resolve("first"));
        Path second = new DemoGenerator(42).writeDeposit(AGRHYS, directory.resolve("second"));

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void another_seed_gives_other_data_in_the_same_structure() throws IOException {
        Path first = new DemoGenerator(42).writeDeposit(AGRHYS, directory.resolve("first"));
        Path other = new DemoGenerator(43).writeDeposit(AGRHYS, directory.resolve("other"));

        assertThat(Files.readAllBytes(other)).isNotEqualTo(Files.readAllBytes(first));
        assertThat(new DepositReader(other).dataFileNames()).isEqualTo(new DepositReader(first).dataFileNames());
    }

    @Test
    void a_deposit_folder_holds_exactly_the_entries_of_the_deposit_zip() throws IOException {
        DemoGenerator generator = new DemoGenerator(7);
        Path zip = generator.writeDeposit(AGRHYS, directory);
        Path folder = generator.writeDepositFolder(AGRHYS, directory.resolve("unzipped"));

        assertThat(folder.getFileName().toString()).isEqualTo("AGRH");
        try (ZipFile deposit = new ZipFile(zip.toFile())) {
            List<String> entries = deposit.stream().map(entry -> entry.getName()).sorted().toList();
            try (var files = Files.list(folder)) {
                assertThat(files.map(file -> file.getFileName().toString()).sorted().toList()).isEqualTo(entries);
            }
            for (String entry : entries) {
                assertThat(Files.readAllBytes(folder.resolve(entry)))
                        .as(entry).isEqualTo(deposit.getInputStream(deposit.getEntry(entry)).readAllBytes());
            }
        }
    }

    @Test
    void a_benchmark_deposit_has_at_least_the_rows_asked_for() throws IOException {
        DemoGenerator generator = new DemoGenerator(1);
        Path zip = generator.writeBenchmarkDeposit(150_000, directory);

        assertThat(zip.getFileName().toString()).isEqualTo("BNCH.zip");
        long[] rows = {0};
        new DepositReader(zip).forEachDataFile((dataset, file, lines) ->
                rows[0] += lines.lines().filter(line -> !line.startsWith("#") && !line.startsWith("date_begin")).count());
        assertThat(rows[0]).isGreaterThanOrEqualTo(150_000);
    }

    @Test
    void a_producer_cannot_define_the_same_observation_twice() {
        DemoDataset streams = AGRHYS.datasets().get(1);

        assertThatThrownBy(() -> new DemoProducer("AGRH", AGRHYS.name(), AGRHYS.title(), AGRHYS.description(),
                AGRHYS.objectives(), AGRHYS.email(), AGRHYS.contacts(), AGRHYS.fundings(), AGRHYS.urlInfo(),
                AGRHYS.urlDownload(), AGRHYS.licence(), List.of(streams, streams)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AGRH_OBS_KER_Q");
    }

    @Test
    void benchmark_scales_reach_tens_of_millions_of_rows() {
        DemoGenerator generator = new DemoGenerator(1);
        for (long asked : List.of(10_000_000L, 50_000_000L)) {
            DemoProducer benchmark = BenchmarkProducer.create(DemoScale.atLeast(asked));

            assertThat(generator.rowCount(benchmark)).isBetween(asked, asked * 6 / 5);
        }
    }
}
