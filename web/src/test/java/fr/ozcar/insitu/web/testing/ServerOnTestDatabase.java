package fr.ozcar.insitu.web.testing;

import fr.ozcar.insitu.core.testing.TestDatabase;
import io.micronaut.test.support.TestPropertyProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * Base for HTTP tests: the whole server, on a fresh database of the embedded test PostgreSQL.
 * Subclasses are annotated {@code @MicronautTest(transactional = false)} and
 * {@code @TestInstance(PER_CLASS)}, and may add properties by overriding {@link #extraProperties()}.
 */
public abstract class ServerOnTestDatabase implements TestPropertyProvider {

    /** The local administrator's password on every test server: tests deposit as {@code admin}. */
    protected static final String ADMIN = "admin";
    protected static final String ADMIN_PASSWORD = "test-admin-password";

    protected TestDatabase database;

    @Override
    public Map<String, String> getProperties() {
        database = TestDatabase.create();
        Map<String, String> properties = new HashMap<>();
        properties.put("datasources.default.url", database.url());
        properties.put("datasources.default.username", "postgres");
        properties.put("insitu.demo.load-on-first-start", "false");
        properties.put("insitu.data-dir", temporaryDataDirectory());
        properties.put("insitu.admin-password", ADMIN_PASSWORD);
        // the fewest BCrypt rounds: tests check passwords, not the hash's cost
        properties.put("insitu.security.password-cost", "4");
        properties.putAll(extraProperties());
        return properties;
    }

    private static String temporaryDataDirectory() {
        try {
            return Files.createTempDirectory("insitu-test-data").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code Authorization} header value of the local administrator, for clients other than Micronaut's. */
    protected static String adminAuthorization() {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    protected Map<String, String> extraProperties() {
        return Map.of();
    }
}
