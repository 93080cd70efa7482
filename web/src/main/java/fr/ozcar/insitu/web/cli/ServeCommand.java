package fr.ozcar.insitu.web.cli;

import fr.ozcar.insitu.web.database.DatabaseTarget;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import picocli.CommandLine.Command;

/** Starts the HTTP server (on the embedded database unless one is configured). */
@Command(name = "serve", description = "Start the server (default command)")
public class ServeCommand implements Runnable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    @Override
    public void run() {
        DatabaseTarget database = DatabaseTarget.resolve(System.getenv());
        ApplicationContext context = Micronaut.build(new String[0])
                .mainClass(InsituCommand.class)
                .properties(database.micronautProperties())
                .start();
        if (database.embedded() != null) {
            // Micronaut's own shutdown hook stops the context (closing it here too deadlocks);
            // PostgreSQL is stopped once the application no longer uses it
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                awaitStopped(context);
                database.embedded().close();
            }, "embedded-postgres-shutdown"));
        }
        context.findBean(EmbeddedServer.class).ifPresent(server ->
                System.out.println("insitu is serving on " + server.getURL()));
    }

    private static void awaitStopped(ApplicationContext context) {
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        while (context.isRunning() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
