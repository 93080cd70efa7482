package fr.ozcar.insitu.web.security;

import fr.ozcar.insitu.core.identity.Accounts;
import fr.ozcar.insitu.core.identity.ApiTokens;
import fr.ozcar.insitu.core.identity.AuditLog;
import fr.ozcar.insitu.core.identity.PasswordHashes;
import fr.ozcar.insitu.web.database.MigratedDatabase;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/** Core's identity stores, on the migrated database. */
@Factory
public class IdentityFactory {

    @Singleton
    PasswordHashes passwordHashes(@Value("${insitu.security.password-cost:12}") int cost) {
        return new PasswordHashes(cost);
    }

    @Singleton
    Accounts accounts(DataSource dataSource, PasswordHashes hashes, MigratedDatabase migrated) {
        return new Accounts(dataSource, hashes);
    }

    @Singleton
    ApiTokens apiTokens(DataSource dataSource, MigratedDatabase migrated) {
        return new ApiTokens(dataSource);
    }

    @Singleton
    AuditLog auditLog(DataSource dataSource, MigratedDatabase migrated) {
        return new AuditLog(dataSource);
    }
}
