package fr.ozcar.insitu.web.cli;

import fr.ozcar.insitu.core.database.DatabaseInUseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The one jar's command line: {@code serve} (the default), {@code import}, {@code validate},
 * {@code template}, {@code convert}, {@code demo}.
 */
@Command(name = "insitu", mixinStandardHelpOptions = true,
        description = "In-situ time-series information system",
        subcommands = {ServeCommand.class, ImportCommand.class, ValidateCommand.class, TemplateCommand.class,
                ConvertCommand.class, DemoCommand.class})
public class InsituCommand implements Runnable {

    /** Exit code when the embedded database is held by another live process. */
    static final int DATABASE_IN_USE = 2;

    @Override
    public void run() {
        new ServeCommand().run();
    }

    /**
     * The command line with its error handling: a data manager who runs {@code import} while the server
     * runs on the embedded database gets what to do, not a stack trace.
     */
    public static CommandLine commandLine() {
        return new CommandLine(new InsituCommand()).setExecutionExceptionHandler((exception, command, parsed) -> {
            if (exception instanceof DatabaseInUseException) {
                command.getErr().println(exception.getMessage());
                return DATABASE_IN_USE;
            }
            throw exception;
        });
    }

    public static void main(String[] args) {
        int exit = commandLine().execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }
}
