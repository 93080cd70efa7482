package fr.ozcar.insitu.core.demo;

import java.util.SplittableRandom;

/**
 * Derives independent, stable random streams from the generator's seed and a name (a series, a
 * station), so that adding a series never changes the data of another.
 */
final class Seeds {

    private Seeds() {
    }

    static long derive(long seed, String name) {
        long hash = 0xCBF29CE484222325L;
        for (int i = 0; i < name.length(); i++) {
            hash = (hash ^ name.charAt(i)) * 0x100000001B3L;
        }
        return mix(seed ^ mix(hash));
    }

    static SplittableRandom random(long seed, String name) {
        return new SplittableRandom(derive(seed, name));
    }

    /** SplitMix64's finaliser. */
    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
