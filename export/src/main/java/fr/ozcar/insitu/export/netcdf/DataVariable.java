package fr.ozcar.insitu.export.netcdf;

import fr.ozcar.insitu.core.model.QualityFlag;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A NetCDF data variable along the observation dimension, and its quality variable. CF flag values must be
 * numbers: integer codes are kept as they are, other codes are numbered 1, 2, … in the dictionary's order.
 *
 * @param name NetCDF name (letters, digits, underscores)
 */
record DataVariable(String name, NetcdfSeries.VariableKey key) {

    String qualityName() {
        return name + "_quality_flag";
    }

    boolean hasQuality() {
        return !key.flags().flags().isEmpty();
    }

    /** The flag value of the first code of a row's flag text ({@code 1|4}), or 0 when none or unknown. */
    short flagValue(String flagText) {
        if (flagText == null || flagText.isEmpty()) {
            return 0;
        }
        int bar = flagText.indexOf('|');
        String first = bar < 0 ? flagText : flagText.substring(0, bar);
        List<QualityFlag> flags = key.flags().flags();
        for (int i = 0; i < flags.size(); i++) {
            if (flags.get(i).code().equals(first)) {
                return flagValues()[i];
            }
        }
        return 0;
    }

    short[] flagValues() {
        List<QualityFlag> flags = key.flags().flags();
        short[] values = new short[flags.size()];
        boolean integers = flags.stream().allMatch(flag -> flag.code().matches("[1-9][0-9]{0,3}"));
        for (int i = 0; i < values.length; i++) {
            values[i] = integers ? Short.parseShort(flags.get(i).code()) : (short) (i + 1);
        }
        return values;
    }

    /** CF flag_meanings: one word per flag, its description (else its code) with underscores. */
    String flagMeanings() {
        StringBuilder meanings = new StringBuilder();
        for (QualityFlag flag : key.flags().flags()) {
            String text = flag.description().isBlank() ? "code_" + flag.code() : flag.description();
            meanings.append(meanings.isEmpty() ? "" : " ").append(identifier(text));
        }
        return meanings.toString();
    }

    /** A NetCDF name from free text, not one of {@code taken}. */
    static String uniqueName(String text, Set<String> taken) {
        String base = identifier(text);
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + "_" + n;
        }
        taken.add(name);
        return name;
    }

    private static String identifier(String text) {
        String name = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            name = "v_" + name;
        }
        return name;
    }
}
