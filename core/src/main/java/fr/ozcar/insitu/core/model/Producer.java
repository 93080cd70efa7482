package fr.ozcar.insitu.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** An observatory (or network) that deposits data; {@code id} is its 4-letter code, e.g. {@code CATC}. */
public record Producer(String id, String name, String title, String description, String objectives,
                       String measuredVariables, String email, List<Contact> contacts, List<Funding> fundings,
                       JsonNode onlineResource) {
    public Producer {
        contacts = List.copyOf(contacts);
        fundings = List.copyOf(fundings);
    }
}
