package fr.ozcar.insitu.core.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The country of a position, from the shipped Natural Earth 1:50m countries (world-atlas 2.0.2). */
class CountriesTest {

    private final Countries countries = Countries.shipped();

    @Test
    void namesTheCountryOfInlandPositionsWithItsIsoAlpha2Code() {
        assertThat(countries.at(2.3522, 48.8566)).extracting(Unit::code, Unit::name, Unit::distanceKm)
                .containsExactly("FR", "France", 0.0);
        assertThat(countries.at(1.6614, 9.6925).code()).isEqualTo("BJ");   // Djougou, AMMA-CATCH Benin
        assertThat(countries.at(2.6335, 13.6456).code()).isEqualTo("NE");  // Wankama, AMMA-CATCH Niger
        assertThat(countries.at(-1.4788, 15.3453).code()).isEqualTo("ML"); // Agoufou, AMMA-CATCH Mali
        assertThat(countries.at(-47.8825, -15.7942).code()).isEqualTo("BR");
        assertThat(countries.at(1.5218, 42.5063).code()).isEqualTo("AD"); // Andorra la Vella, beside the Pyrenees sites
    }

    @Test
    void theSourceIsNamed() {
        assertThat(countries.at(2.3522, 48.8566).source()).contains("Natural Earth").contains("world-atlas 2.0.2");
    }

    @Test
    void aUnitWithoutIsoNumericIdInWorldAtlasGetsItsCommonCodeOrNone() {
        assertThat(countries.at(21.1655, 42.6629)).extracting(Unit::code, Unit::name).containsExactly("XK", "Kosovo");
        assertThat(countries.at(44.0650, 9.5600)).extracting(Unit::code, Unit::name) // Hargeisa
                .containsExactly(null, "Somaliland");
    }

    @Test
    void aCoastalStationJustOutsideTheGeneralisedCoastGetsTheNearestCountryAndItsDistance() {
        Unit offBrittany = countries.at(-4.95, 48.30); // Iroise sea, a few km off Pointe Saint-Mathieu
        assertThat(offBrittany.code()).isEqualTo("FR");
        assertThat(offBrittany.distanceKm()).isGreaterThan(0).isLessThanOrEqualTo(Countries.COASTAL_DISTANCE_KM);
    }

    @Test
    void theOpenSeaHasNoCountry() {
        assertThat(countries.at(-30.0, 40.0)).isNull(); // mid-Atlantic
        assertThat(countries.at(-5.6, 48.9)).isNull();  // 40 km north-west of Ushant
    }
}
