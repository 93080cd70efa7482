package fr.ozcar.insitu.web.access;

import fr.ozcar.insitu.core.access.EmbargoAccess;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The one embargo component every read path of the server shares (docs/security.md). */
@Factory
class AccessFactory {

    @Singleton
    EmbargoAccess embargoAccess() {
        return new EmbargoAccess();
    }
}
