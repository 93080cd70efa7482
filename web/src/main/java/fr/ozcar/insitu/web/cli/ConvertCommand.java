package fr.ozcar.insitu.web.cli;

import fr.ozcar.insitu.core.deposit.convert.PlainTable;
import fr.ozcar.insitu.core.deposit.convert.PlainTableConverter;
import fr.ozcar.insitu.core.text.Count;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code insitu convert}: a plain table ({@code time;value[;flag]}) becomes a pivot data file, named
 * after the observation. Needs no database.
 */
@Command(name = "convert", description = "Convert a plain table (time;value[;flag]) into a pivot data file"
        + " <observation>.txt. Exit code 0 when converted, 1 when a line cannot be read (each such line is listed;"
        + " nothing is written).")
public class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "the table (UTF-8)")
    Path table;

    @Option(names = "--observation", required = true, description = "the observationId (XXXX_OBS_…)")
    String observationId;

    @Option(names = "--date-pattern", required = true,
            description = "how times are written, e.g. 'dd/MM/yyyy HH:mm' or 'yyyy-MM-dd''T''HH:mm:ssXXX'")
    String datePattern;

    @Option(names = "--zone", defaultValue = "UTC",
            description = "time zone of times without offset, e.g. Europe/Paris (default: ${DEFAULT-VALUE})")
    ZoneId zone;

    @Option(names = "--separator", defaultValue = ";", description = "column separator (default: ${DEFAULT-VALUE};"
            + " 'tab' for a tab)")
    String separator;

    @Option(names = "--header-lines", defaultValue = "1", description = "lines to skip at the top (default: ${DEFAULT-VALUE})")
    int headerLines;

    @Option(names = "--dataset-title", defaultValue = "", description = "for the #Dataset_title line")
    String datasetTitle;

    @Option(names = "--variable-name", defaultValue = "", description = "for the #Variable_name line")
    String variableName;

    @Option(names = "--output", description = "folder to write <observation>.txt into (default: the current one)")
    Path output = Path.of(".");

    @Override
    public Integer call() throws Exception {
        char column = separator.equalsIgnoreCase("tab") ? '\t' : separator.charAt(0);
        PlainTableConverter converter = new PlainTableConverter(
                new PlainTable(column, DateTimeFormatter.ofPattern(datePattern), zone, headerLines));
        Path target = output.resolve(observationId + ".txt");
        Path partial = output.resolve(observationId + ".txt.part");
        PlainTableConverter.Result result;
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            result = converter.convert(() -> Files.newBufferedReader(table, StandardCharsets.UTF_8),
                    new PlainTableConverter.Header(observationId, datasetTitle, variableName), out,
                    Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
        if (!result.ok()) {
            Files.delete(partial);
            result.problems().forEach(problem -> System.err.println(table + ":" + problem.line() + ": "
                    + problem.message()));
            return 1;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        System.out.println(target + ": " + Count.of(result.rows(), "row"));
        return 0;
    }
}
