package fr.ozcar.insitu.thesaurus.resolve;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The physical dimension of a unit symbol as producers write it ("°C", "K", "W/m2", "W m-2",
 * "W.m-2", "mg/L", "µS/cm", "m3/s", "N/A"…), so that resolution can tell that °C and K are both
 * temperatures, that mm and m are both lengths, and that a "W/m2" series is no wind speed. Scale and
 * offset are ignored: only compatibility matters here.
 */
public final class UnitDimension {

    // exponents of: mass, length, time, temperature, amount, current, plane angle, turbidity
    private static final int SIZE = 8;
    private static final Map<String, int[]> BASE = Map.ofEntries(
            Map.entry("m", d(0, 1, 0, 0)), Map.entry("g", d(1, 0, 0, 0)), Map.entry("s", d(0, 0, 1, 0)),
            Map.entry("sec", d(0, 0, 1, 0)), Map.entry("min", d(0, 0, 1, 0)), Map.entry("h", d(0, 0, 1, 0)),
            Map.entry("hr", d(0, 0, 1, 0)), Map.entry("d", d(0, 0, 1, 0)), Map.entry("day", d(0, 0, 1, 0)),
            Map.entry("yr", d(0, 0, 1, 0)), Map.entry("K", d(0, 0, 0, 1)), Map.entry("degC", d(0, 0, 0, 1)),
            Map.entry("degF", d(0, 0, 0, 1)), Map.entry("C", d(0, 0, 0, 1)), Map.entry("mol", amount()),
            Map.entry("eq", amount()), Map.entry("L", d(0, 3, 0, 0)), Map.entry("l", d(0, 3, 0, 0)),
            Map.entry("ha", d(0, 2, 0, 0)), Map.entry("W", d(1, 2, -3, 0)), Map.entry("J", d(1, 2, -2, 0)),
            Map.entry("N", d(1, 1, -2, 0)), Map.entry("Pa", d(1, -1, -2, 0)), Map.entry("bar", d(1, -1, -2, 0)),
            Map.entry("atm", d(1, -1, -2, 0)), Map.entry("mmHg", d(1, -1, -2, 0)), Map.entry("S", siemens()),
            Map.entry("V", volt()), Map.entry("Bq", d(0, 0, -1, 0)), Map.entry("Hz", d(0, 0, -1, 0)),
            Map.entry("%", none()), Map.entry("‰", none()), Map.entry("ppm", none()), Map.entry("ppb", none()),
            Map.entry("ppt", none()), Map.entry("deg", angle()), Map.entry("rad", angle()),
            Map.entry("NTU", turbidity()), Map.entry("FNU", turbidity()), Map.entry("NFU", turbidity()),
            Map.entry("FTU", turbidity()), Map.entry("JTU", turbidity()));
    private static final Map<Character, Boolean> PREFIXES = Map.of('p', true, 'n', true, 'µ', true, 'u', true,
            'm', true, 'c', true, 'd', true, 'k', true, 'h', true, 'M', true);
    private static final Set<String> DIMENSIONLESS = Set.of("", "1", "-", "n/a", "na", "none", "unitless",
            "dimensionless", "adim", "adimensionnel", "sans unité", "sans unite", "ph", "ph unit", "unité ph", "fraction");
    private static final Set<String> ANGLES = Set.of("°", "deg", "degree", "degrees", "degré", "degrés", "°n", "rad");
    private static final Set<String> CELSIUS = Set.of("°c", "deg c", "degc", "° c", "c", "celsius", "degree celsius",
            "degrees celsius", "ºc");
    private static final Pattern FACTOR = Pattern.compile("([A-Za-zµ%‰]+)\\^?(-?\\d+)?");

    private final int[] exponents;

    private UnitDimension(int[] exponents) {
        this.exponents = exponents;
    }

    /** The dimension of a unit symbol, or empty when we cannot read it (then it constrains nothing). */
    public static Optional<UnitDimension> of(String unit) {
        if (unit == null) {
            return Optional.empty();
        }
        String trimmed = unit.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (DIMENSIONLESS.contains(lower)) {
            return Optional.of(new UnitDimension(none()));
        }
        if (ANGLES.contains(lower)) {
            return Optional.of(new UnitDimension(angle()));
        }
        if (CELSIUS.contains(lower)) {
            return Optional.of(new UnitDimension(d(0, 0, 0, 1)));
        }
        String text = trimmed.replace('²', '2').replace('³', '3').replace("⁻¹", "-1").replace("⁻²", "-2")
                .replace("⁻³", "-3").replace('μ', 'µ').replace("**", "^").replace("°C", "degC").replace("ºC", "degC")
                .replace("°F", "degF").replace("°", "deg").replace('·', ' ').replace('*', ' ')
                .replaceAll("(?<=[A-Za-z0-9])\\.(?=[A-Za-zµ])", " ").replaceAll("\\s*/\\s*", "/");
        int[] total = new int[SIZE];
        String[] parts = text.split("/", -1);
        for (int p = 0; p < parts.length; p++) {
            int sign = p == 0 ? 1 : -1;
            String part = parts[p].trim();
            if (part.isEmpty() || (p == 0 && part.equals("1"))) {
                if (p == 0 && !part.equals("1")) {
                    return Optional.empty();
                }
                continue;
            }
            for (String token : part.split("\\s+")) {
                Matcher factor = FACTOR.matcher(token);
                if (!factor.matches()) {
                    return Optional.empty();
                }
                int[] base = base(factor.group(1));
                if (base == null) {
                    return Optional.empty();
                }
                int power = factor.group(2) == null ? 1 : Integer.parseInt(factor.group(2));
                for (int i = 0; i < SIZE; i++) {
                    total[i] += sign * power * base[i];
                }
            }
        }
        return Optional.of(new UnitDimension(total));
    }

    /**
     * Whether a series in unit {@code a} can be the variable reported in unit {@code b}: true when the
     * dimensions agree, or when either unit is unreadable (nothing to contradict).
     */
    public static boolean compatible(String a, String b) {
        Optional<UnitDimension> first = of(a);
        Optional<UnitDimension> second = of(b);
        return first.isEmpty() || second.isEmpty() || first.get().equals(second.get());
    }

    private static int[] base(String symbol) {
        int[] base = BASE.get(symbol);
        if (base != null) {
            return base;
        }
        if (symbol.length() > 1 && PREFIXES.containsKey(symbol.charAt(0))) {
            return BASE.get(symbol.substring(1));
        }
        return null;
    }

    private static int[] d(int mass, int length, int time, int temperature) {
        int[] e = new int[SIZE];
        e[0] = mass;
        e[1] = length;
        e[2] = time;
        e[3] = temperature;
        return e;
    }

    private static int[] none() {
        return new int[SIZE];
    }

    private static int[] amount() {
        int[] e = new int[SIZE];
        e[4] = 1;
        return e;
    }

    private static int[] siemens() {
        int[] e = d(-1, -2, 3, 0);
        e[5] = 2;
        return e;
    }

    private static int[] volt() {
        int[] e = d(1, 2, -3, 0);
        e[5] = -1;
        return e;
    }

    private static int[] angle() {
        int[] e = new int[SIZE];
        e[6] = 1;
        return e;
    }

    private static int[] turbidity() {
        int[] e = new int[SIZE];
        e[7] = 1;
        return e;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnitDimension that && Arrays.equals(exponents, that.exponents);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(exponents);
    }

    @Override
    public String toString() {
        return Arrays.toString(exponents);
    }
}
