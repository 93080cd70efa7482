package fr.ozcar.insitu.export.order;

import java.time.Instant;
import java.util.List;

/**
 * What was ordered: the cart's observations with its one time window, the formats, and the order form.
 *
 * @param from          first time wanted, or null
 * @param to            last time wanted, or null
 * @param userStatus    student, researcher, engineer, teacher, private company, public body, other
 * @param usages        intended data usages
 * @param recontact     consent to be re-contacted by the producers
 */
public record OrderRequest(List<String> observationIds, Instant from, Instant to, boolean csv, boolean netcdf,
                           String userStatus, String organisation, String country, List<String> usages,
                           boolean recontact, String description) {

    public OrderRequest {
        observationIds = List.copyOf(observationIds);
        usages = usages == null ? List.of() : List.copyOf(usages);
    }
}
