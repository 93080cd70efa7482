package fr.ozcar.insitu.core.demo;

import static fr.ozcar.insitu.core.demo.DemoCatalogue.DATA_END;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * OSR Pyrénées: soil moisture and soil temperature monitoring of Pyrenean mid-mountain grasslands
 * and forests (sites below the seasonal snow line).
 */
final class PyreneesProducer {

    private static final ProducerStyle STYLE = new ProducerStyle("-9999.9", QualityDictionary.STANDARD, "Quality-controlled data");
    private static final DemoOrganisation CESBIO = new DemoOrganisation("Centre d'Études Spatiales de la Biosphère", "CESBIO", "FR");
    private static final DemoOrganisation GEODE = new DemoOrganisation("Géographie de l'Environnement", "GEODE", "FR");

    private static final DemoStation BERNADOUZE = new DemoStation("BER", "Bernadouze", 42.8028, 1.4180, 1420, Climate.MOUNTAIN);
    private static final DemoStation BASSIES = new DemoStation("BAS", "Bassiès", 42.7630, 1.4250, 1650, Climate.MOUNTAIN);
    private static final DemoStation ORLU = new DemoStation("ORL", "Orlu", 42.6810, 1.9830, 1200, Climate.MOUNTAIN);
    private static final DemoStation AULUS = new DemoStation("AUL", "Aulus-les-Bains", 42.7920, 1.3380, 780, Climate.MOUNTAIN);

    private PyreneesProducer() {
    }

    static DemoProducer create() {
        DemoContact leader = new DemoContact("Simon", "Gascoin", "simon.gascoin@univ-tlse3.fr", "Project leader", CESBIO);
        DemoContact manager = new DemoContact("Laure", "Roupioz", "laure.roupioz@univ-tlse3.fr", "Data manager", CESBIO);
        DemoContact collector = new DemoContact("Didier", "Galop", "didier.galop@univ-tlse2.fr", "Data collector", GEODE);
        return new DemoProducer("OSRC", "OSR Pyrénées",
                "OSR Pyrénées: soil and climate monitoring of Pyrenean mid-mountain sites",
                "Soil moisture, soil temperature and meteorology at four sites of the Vicdessos and Orlu valleys"
                        + " (Ariège), between 780 and 1650 m, supporting the calibration of satellite soil moisture products.",
                "Provide ground truth for satellite soil moisture in mountain areas and document their climate trends.",
                "osr-pyrenees@cesbio.cnes.fr", List.of(leader, manager),
                List.of(new DemoFunding("French research institutes", "FR", "CNES", "Centre national d'études spatiales"),
                        new DemoFunding("French universities and schools", "FR", "UT3", "Université Toulouse III - Paul Sabatier"),
                        new DemoFunding("Research program", "FR", "ANR", "Agence nationale de la recherche")),
                "https://www.cesbio.cnrs.fr/osr-pyrenees", "https://osr-pyrenees.cesbio.cnes.fr/data", DemoLicence.CC_BY,
                List.of(soil(leader, manager, collector), meteorology(leader, manager)));
    }

    private static DemoDataset soil(DemoContact leader, DemoContact manager, DemoContact collector) {
        List<DemoSeries> series = new ArrayList<>();
        RegularSchedule quarterHourly = RegularSchedule.yearsBefore(DATA_END, 1, Duration.ofMinutes(15));
        RegularSchedule hourly = RegularSchedule.yearsBefore(DATA_END, 2, Duration.ofHours(1));
        for (DemoStation station : List.of(BERNADOUZE, BASSIES, ORLU, AULUS)) {
            RegularSchedule schedule = station == BERNADOUZE || station == BASSIES ? quarterHourly : hourly;
            series.add(SeriesTemplates.soilWaterContent(SoilMoistureSignal.Soil.LOAM).at(station, schedule, STYLE));
            series.add(SeriesTemplates.soilTemperature().at(station, schedule, STYLE));
        }
        return new DemoDataset("SoilMonitoring", "Soil moisture and temperature of Pyrenean mid-mountain sites",
                "Volumetric soil water content and soil temperature at 10 cm under grassland and beech forest.",
                "Validate satellite soil moisture products in mountain areas.",
                "Reflectometer periods converted with a soil-specific calibration; frozen-soil periods flagged doubtful.",
                List.of(leader.withRole("Principal investigator"), manager, collector), List.of("Geoscientific Information"),
                "Soil", List.of("soil moisture", "mountain", "Pyrenees", "satellite validation"),
                List.of("Metamorphic rocks", "Carbonate rocks"), null, series);
    }

    private static DemoDataset meteorology(DemoContact leader, DemoContact manager) {
        RegularSchedule hourly = RegularSchedule.yearsBefore(DATA_END, 2, Duration.ofHours(1));
        List<DemoSeries> series = new ArrayList<>();
        for (DemoStation station : List.of(BERNADOUZE, ORLU)) {
            series.add(SeriesTemplates.airTemperature2m().at(station, hourly, STYLE));
            series.add(SeriesTemplates.relativeHumidity().at(station, hourly, STYLE));
            series.add(SeriesTemplates.rainfall().at(station, hourly, STYLE));
            series.add(SeriesTemplates.shortwaveRadiation().at(station, hourly, STYLE));
        }
        return new DemoDataset("Meteo", "Weather stations of Bernadouze and Orlu",
                "Hourly air temperature, humidity, rainfall and radiation at two mid-mountain weather stations.",
                "Describe the meteorological forcing of mountain soils.",
                "Hourly values; heated rain gauge, so winter precipitation includes melted snow.",
                List.of(leader.withRole("Principal investigator"), manager), List.of("Climatology/Meteorology/Atmosphere"),
                "Meteorological geographical features", List.of("mountain weather", "Pyrenees"),
                List.of("Metamorphic rocks"), null, series);
    }
}
