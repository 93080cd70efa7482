package fr.ozcar.insitu.web.cli;

import fr.ozcar.insitu.web.database.DatabaseTarget;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import picocli.CommandLine.Command;

/** Starts the HTTP server (on the embedded database unless one is configured). */
@Command(name = "serve", description = "Start the server (default command)")
public class ServeCommand implements Runnable {

    @Override
    public void run() {
        DatabaseTarget database = DatabaseTarget.resolve(System.getenv());
        ApplicationContext context = Micronaut.build(new String[0])
                .mainClass(InsituCommand.class)
                .properties(database.micronautProperties())
                .start();
        if (database.embedded() != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                context.close();
                database.embedded().close();
            }));
        }
        context.findBean(EmbeddedServer.class).ifPresent(server ->
                System.out.println("insitu is serving on " + server.getURL()));
    }
}
