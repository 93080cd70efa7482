package fr.ozcar.insitu.web.cli;

import fr.ozcar.insitu.core.deposit.template.MetadataTemplate;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code insitu template XXXX}: the metadata skeleton of a new producer and its guide. Needs no database. */
@Command(name = "template", description = "Write XXXX_en.json, a metadata skeleton with every field the import needs,"
        + " and XXXX_en.guide.md, which says what goes where (JSON has no comments).")
public class TemplateCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "the producer id: four capital letters")
    String producerId;

    @Option(names = "--output", description = "folder to write into (default: the current one)")
    Path output = Path.of(".");

    @Override
    public Integer call() throws Exception {
        MetadataTemplate.write(producerId, output).forEach(System.out::println);
        return 0;
    }
}
