package fr.ozcar.insitu.core.demo;

import static fr.ozcar.insitu.core.demo.DemoCatalogue.DATA_END;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * OHM-CV: the Cévennes-Vivarais Mediterranean hydrometeorological observatory, heavy rainfall and
 * flash floods of the Gardon d'Anduze.
 */
final class CevennesProducer {

    private static final ProducerStyle STYLE = new ProducerStyle("-9999", QualityDictionary.STANDARD, "Quality-controlled data");
    private static final DemoOrganisation IGE = new DemoOrganisation("Institut des Géosciences de l'Environnement", "IGE", "FR");
    private static final DemoOrganisation HSM = new DemoOrganisation("HydroSciences Montpellier", "HSM", "FR");

    private static final DemoStation ANDUZE = new DemoStation("ANZ", "Gardon at Anduze", 44.0521, 3.9853, 130, Climate.MEDITERRANEAN);
    private static final DemoStation SAINT_JEAN = new DemoStation("SJG", "Gardon at Saint-Jean-du-Gard", 44.1043, 3.8852, 183, Climate.MEDITERRANEAN);
    private static final DemoStation MIALET = new DemoStation("MIA", "Gardon at Mialet", 44.1113, 3.9472, 162, Climate.MEDITERRANEAN);
    private static final DemoStation AIGOUAL = new DemoStation("AIG", "Mont Aigoual", 44.1214, 3.5817, 1567, Climate.MEDITERRANEAN);
    private static final List<DemoStation> RAIN_GAUGES = List.of(
            new DemoStation("VAL", "Valleraugue", 44.0815, 3.6405, 346, Climate.MEDITERRANEAN),
            new DemoStation("BAR", "Barre-des-Cévennes", 44.2430, 3.6540, 930, Climate.MEDITERRANEAN),
            new DemoStation("SEV", "Saint-Étienne-Vallée-Française", 44.1670, 3.8330, 300, Climate.MEDITERRANEAN),
            new DemoStation("SGC", "Saint-Germain-de-Calberte", 44.2167, 3.8000, 500, Climate.MEDITERRANEAN),
            new DemoStation("LAS", "Lasalle", 44.0450, 3.8550, 280, Climate.MEDITERRANEAN),
            new DemoStation("ALE", "Alès", 44.1250, 4.0810, 136, Climate.MEDITERRANEAN),
            new DemoStation("CAS", "Cassagnas", 44.2735, 3.7450, 820, Climate.MEDITERRANEAN),
            new DemoStation("POM", "Le Pompidou", 44.2000, 3.6500, 740, Climate.MEDITERRANEAN),
            new DemoStation("SAV", "Saint-André-de-Valborgne", 44.1470, 3.6960, 438, Climate.MEDITERRANEAN),
            new DemoStation("SAU", "Saumane", 44.1180, 3.7660, 310, Climate.MEDITERRANEAN),
            new DemoStation("COL", "Colognac", 44.0310, 3.8180, 560, Climate.MEDITERRANEAN),
            new DemoStation("SFP", "Saint-Félix-de-Pallières", 44.0070, 3.9380, 230, Climate.MEDITERRANEAN));

    private CevennesProducer() {
    }

    static DemoProducer create() {
        DemoContact leader = new DemoContact("Brice", "Boudevillain", "brice.boudevillain@univ-grenoble-alpes.fr", "Project leader", IGE);
        DemoContact manager = new DemoContact("Guillaume", "Nord", "guillaume.nord@univ-grenoble-alpes.fr", "Data manager", IGE);
        DemoContact hydrologist = new DemoContact("Pascal", "Brunet", "pascal.brunet@umontpellier.fr", "Project member", HSM);
        return new DemoProducer("OHGE", "OHM-CV",
                "OHM-CV: Cévennes-Vivarais Mediterranean hydrometeorological observatory",
                "OHM-CV documents the heavy precipitation events and flash floods of the Cévennes-Vivarais region with"
                        + " dense rain gauge networks, weather radars and gauging stations on the Gardon rivers.",
                "Improve the understanding and forecasting of Mediterranean heavy rainfall and flash floods.",
                "ohmcv@univ-grenoble-alpes.fr", List.of(leader, manager),
                List.of(new DemoFunding("French research institutes", "FR", "CNRS-INSU", "Institut national des sciences de l'Univers"),
                        new DemoFunding("French universities and schools", "FR", "UGA", "Université Grenoble Alpes"),
                        new DemoFunding("Research unit", "FR", "IGE", "Institut des Géosciences de l'Environnement"),
                        new DemoFunding("Other", "FR", null, "Établissement public territorial de bassin Gardons")),
                "https://www.ohmcv.fr", "https://ohmcv.osug.fr/data", DemoLicence.CC_BY,
                List.of(dailyRainfall(leader, manager), hourlyRainfall(leader, manager),
                        discharge(leader, manager, hydrologist), aigoual(leader, manager)));
    }

    private static DemoDataset dailyRainfall(DemoContact leader, DemoContact manager) {
        RegularSchedule daily = RegularSchedule.yearsBefore(DATA_END, 20, Duration.ofDays(1));
        List<DemoSeries> series = RAIN_GAUGES.stream()
                .map(gauge -> SeriesTemplates.dailyRainfall().at(gauge, daily, STYLE)).toList();
        return new DemoDataset("DailyRainfall", "Daily rainfall of the Cévennes rain gauge network",
                "Daily rainfall totals, 00:00 to 24:00 UTC, of twelve gauges of the Gardon and Cèze upper catchments"
                        + " over twenty years.",
                "Build the climatology of Cévennes heavy rainfall events.",
                "Daily sums of recording gauges, checked against the Météo-France network and radar estimates.",
                List.of(leader.withRole("Principal investigator"), manager), List.of("Climatology/Meteorology/Atmosphere"),
                "Meteorological geographical features", List.of("heavy rainfall", "épisode cévenol", "rain gauge"),
                List.of("Metamorphic rocks", "Plutonic rocks"), null, series);
    }

    private static DemoDataset hourlyRainfall(DemoContact leader, DemoContact manager) {
        RegularSchedule hourly = RegularSchedule.yearsBefore(DATA_END, 3, Duration.ofHours(1));
        List<DemoSeries> series = RAIN_GAUGES.subList(0, 6).stream()
                .map(gauge -> SeriesTemplates.rainfall().at(gauge, hourly, STYLE)).toList();
        return new DemoDataset("HourlyRainfall", "Hourly rainfall of the upper Gardon rain gauges",
                "Hourly rainfall of six recording gauges; each value is the total of the hour ending at the given time.",
                "Describe the space-time structure of intense rain cells over the Cévennes relief.",
                "Tipping-bucket records aggregated hourly; tips during maintenance visits removed.",
                List.of(leader.withRole("Principal investigator"), manager), List.of("Climatology/Meteorology/Atmosphere"),
                "Meteorological geographical features", List.of("rainfall intensity", "Cévennes"),
                List.of("Metamorphic rocks"), null, series);
    }

    private static DemoDataset discharge(DemoContact leader, DemoContact manager, DemoContact hydrologist) {
        RegularSchedule quarterHourly = RegularSchedule.yearsBefore(DATA_END, 1, Duration.ofMinutes(15));
        List<DemoSeries> series = new ArrayList<>();
        double[][] catchments = {{545, 2.0}, {263, 1.0}, {240, 0.9}};
        List<DemoStation> stations = List.of(ANDUZE, SAINT_JEAN, MIALET);
        for (int i = 0; i < stations.size(); i++) {
            series.add(SeriesTemplates.discharge(catchments[i][0], catchments[i][1]).at(stations.get(i), quarterHourly, STYLE));
            series.add(SeriesTemplates.waterLevel(catchments[i][0], catchments[i][1]).at(stations.get(i), quarterHourly, STYLE));
        }
        return new DemoDataset("GardonDischarge", "Water level and discharge of the Gardon d'Anduze",
                "Water level every 15 minutes and discharge with its uncertainty at three gauging stations of the"
                        + " Gardon d'Anduze, prone to flash floods of several thousand cubic metres per second.",
                "Document flash flood hydrographs and low flows of a Mediterranean mountain river.",
                "Radar level sensors; discharge through rating curves extrapolated for floods with"
                        + " post-event surveys of high-water marks.",
                List.of(leader.withRole("Principal investigator"), manager, hydrologist), List.of("Inland Waters"),
                "Hydrography", List.of("flash flood", "discharge", "Gardon"),
                List.of("Metamorphic rocks", "Plutonic rocks"), null, series);
    }

    private static DemoDataset aigoual(DemoContact leader, DemoContact manager) {
        RegularSchedule hourly = RegularSchedule.yearsBefore(DATA_END, 3, Duration.ofHours(1));
        List<DemoSeries> series = List.of(
                SeriesTemplates.airTemperature2m().at(AIGOUAL, hourly, STYLE),
                SeriesTemplates.relativeHumidity().at(AIGOUAL, hourly, STYLE),
                SeriesTemplates.windSpeed().at(AIGOUAL, hourly, STYLE),
                SeriesTemplates.windDirection().at(AIGOUAL, hourly, STYLE),
                SeriesTemplates.atmosphericPressure().at(AIGOUAL, hourly, STYLE));
        return new DemoDataset("AigoualMeteo", "Summit weather station of Mont Aigoual",
                "Hourly temperature, humidity, wind and pressure at the Mont Aigoual summit, where Mediterranean and"
                        + " oceanic air masses meet.",
                "Follow the low-level flow that feeds Cévennes heavy rainfall.",
                "Hourly values after range and consistency tests.",
                List.of(leader.withRole("Principal investigator"), manager), List.of("Climatology/Meteorology/Atmosphere"),
                "Meteorological geographical features", List.of("mountain weather", "wind", "Mont Aigoual"),
                List.of("Plutonic rocks"), null, series);
    }
}
