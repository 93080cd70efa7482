package fr.ozcar.insitu.web.security;

import fr.ozcar.insitu.core.access.Role;
import fr.ozcar.insitu.core.identity.Accounts;
import fr.ozcar.insitu.core.identity.Secrets;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local administrator {@code admin}, so that a server without an identity provider can be
 * administered (and deposited to) at once. Its password is {@code INSITU_ADMIN_PASSWORD} when set
 * (applied at every start, so changing the variable changes the password); otherwise one is generated
 * the first time, printed once and written to {@code <data-dir>/admin-password}, readable by its owner
 * only. A deployment that does not want it sets {@code insitu.security.local-admin.enabled=false}.
 */
@Context
public class LocalAdministrator {

    public static final String NAME = "admin";
    static final String PASSWORD_FILE = "admin-password";

    private static final Logger LOG = LoggerFactory.getLogger(LocalAdministrator.class);

    public LocalAdministrator(Accounts accounts,
                              @Value("${insitu.security.local-admin.enabled:true}") boolean enabled,
                              @Nullable @Value("${insitu.admin-password:}") String configuredPassword,
                              @Value("${insitu.data-dir:data}") Path dataDirectory) {
        if (!enabled) {
            return;
        }
        if (configuredPassword != null && !configuredPassword.isBlank()) {
            accounts.saveLocal(NAME, null, configuredPassword, Set.of(Role.ADMINISTRATOR));
        } else if (accounts.find(NAME).isEmpty()) {
            String generated = Secrets.generate();
            Path file = dataDirectory.resolve(PASSWORD_FILE);
            writeOwnerOnly(file, generated);
            accounts.saveLocal(NAME, null, generated, Set.of(Role.ADMINISTRATOR));
            // printed once, on the console of the person who started the server, never logged again
            System.out.println("insitu: the local administrator is \"" + NAME + "\", password " + generated
                    + " (also in " + file.toAbsolutePath() + ", readable by you only)");
            LOG.info("Generated the local administrator's password into {}", file.toAbsolutePath());
        }
    }

    private static void writeOwnerOnly(Path file, String password) {
        try {
            Files.createDirectories(file.getParent() == null ? Path.of(".") : file.getParent());
            Files.deleteIfExists(file);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // created with these permissions, never readable by others even for an instant
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the administrator's password to " + file, e);
        }
    }
}
