package fr.ozcar.insitu.web.cli;

import fr.ozcar.insitu.core.demo.DemoGenerator;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Regenerates the demo deposits (seeded, deterministic) into a folder. */
@Command(name = "demo", description = "Write the demo deposits (one zip per producer) into a folder.")
public class DemoCommand implements Callable<Integer> {

    @Parameters(index = "0", defaultValue = "demo-deposits", description = "target folder (default: ${DEFAULT-VALUE})")
    Path directory;

    @Option(names = "--seed", description = "generator seed (default: the demo's own)")
    Long seed;

    @Option(names = "--benchmark-rows", description = "instead, write one benchmark deposit (BNCH.zip) with at least this many rows")
    Long benchmarkRows;

    @Override
    public Integer call() {
        DemoGenerator generator = seed == null ? new DemoGenerator() : new DemoGenerator(seed);
        if (benchmarkRows != null) {
            System.out.println(generator.writeBenchmarkDeposit(benchmarkRows, directory));
        } else {
            generator.writeDemoDeposits(directory).forEach(System.out::println);
        }
        return 0;
    }
}
