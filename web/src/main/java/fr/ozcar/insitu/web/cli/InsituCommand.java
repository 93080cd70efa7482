package fr.ozcar.insitu.web.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one jar's command line: {@code serve} (the default), {@code import}, {@code demo}. */
@Command(name = "insitu", mixinStandardHelpOptions = true,
        description = "In-situ time-series information system",
        subcommands = {ServeCommand.class, ImportCommand.class, DemoCommand.class})
public class InsituCommand implements Runnable {

    @Override
    public void run() {
        new ServeCommand().run();
    }

    public static void main(String[] args) {
        int exit = new CommandLine(new InsituCommand()).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }
}
