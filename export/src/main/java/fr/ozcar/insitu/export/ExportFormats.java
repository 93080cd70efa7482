package fr.ozcar.insitu.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The formats a server offers, by {@link ExportFormat#name()}. */
public final class ExportFormats {

    private final Map<String, ExportFormat> byName = new LinkedHashMap<>();

    public ExportFormats(List<ExportFormat> formats) {
        formats.forEach(format -> byName.put(format.name(), format));
    }

    public Optional<ExportFormat> named(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
