package fr.ozcar.insitu.core.demo;

import static fr.ozcar.insitu.core.demo.DemoCatalogue.DATA_END;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * AMMA-CATCH: the West African monsoon observatory, meteorology, fluxes, rain gauges and soil
 * along the Benin – Niger – Mali climatic gradient.
 */
final class AmmaCatchProducer {

    private static final ProducerStyle STYLE = new ProducerStyle("-9999.9", QualityDictionary.AMMA, "Quality-controlled data");
    private static final DemoOrganisation IGE = new DemoOrganisation("Institut des Géosciences de l'Environnement", "IGE", "FR");
    private static final DemoOrganisation HSM = new DemoOrganisation("HydroSciences Montpellier", "HSM", "FR");
    private static final DemoOrganisation UAC = new DemoOrganisation("Université d'Abomey-Calavi", "UAC", "BJ");
    private static final DemoOrganisation UAM = new DemoOrganisation("Université Abdou Moumouni de Niamey", "UAM", "NE");

    private static final DemoStation NALOHOU = new DemoStation("NAL", "Nalohou", 9.7446, 1.6054, 449, Climate.SUDANIAN);
    private static final DemoStation BELLEFOUNGOU = new DemoStation("BEL", "Bellefoungou", 9.7912, 1.7180, 414, Climate.SUDANIAN);
    private static final DemoStation DJOUGOU = new DemoStation("DJO", "Djougou", 9.6925, 1.6614, 438, Climate.SUDANIAN);
    private static final DemoStation ARA = new DemoStation("ARA", "Ara", 9.8120, 1.5610, 430, Climate.SUDANIAN);
    private static final DemoStation WANKAMA = new DemoStation("WAN", "Wankama", 13.6456, 2.6335, 232, Climate.SAHELIAN);
    private static final DemoStation BANIZOUMBOU = new DemoStation("BAN", "Banizoumbou", 13.5312, 2.6613, 235, Climate.SAHELIAN);
    private static final DemoStation TAMOU = new DemoStation("TAM", "Tamou", 12.7620, 2.1810, 227, Climate.SAHELIAN);
    private static final DemoStation AGOUFOU = new DemoStation("AGO", "Agoufou", 15.3453, -1.4788, 300, Climate.SAHELIAN);
    private static final DemoStation HOMBORI = new DemoStation("HOM", "Hombori", 15.3306, -1.6861, 292, Climate.SAHELIAN);
    private static final DemoStation EGUERIT = new DemoStation("EGU", "Eguerit", 15.5000, -1.3900, 305, Climate.SAHELIAN);

    private AmmaCatchProducer() {
    }

    static DemoProducer create() {
        DemoContact leader = new DemoContact("Sylvie", "Galle", "sylvie.galle@ird.fr", "Project leader", IGE);
        DemoContact manager = new DemoContact("Véronique", "Chaffard", "veronique.chaffard@ird.fr", "Data manager", IGE);
        DemoContact benin = new DemoContact("Ezéchiel", "Obada", "ezechiel.obada@uac.bj", "Data collector", UAC);
        DemoContact niger = new DemoContact("Ibrahim", "Mainassara", "ibrahim.mainassara@uam.ne", "Data collector", UAM);
        DemoContact hydrologist = new DemoContact("Luc", "Séguis", "luc.seguis@ird.fr", "Principal investigator", HSM);
        return new DemoProducer("AMMA", "AMMA-CATCH",
                "AMMA-CATCH: a hydrological, meteorological and ecological observatory on West Africa",
                "AMMA-CATCH has monitored since 1990 the water cycle and vegetation of three mesoscale sites along the"
                        + " West African climatic gradient: the Sudanian Upper Ouémé in Benin, the Sahelian Niamey square"
                        + " in Niger and the Gourma in Mali.",
                "Document the long-term impact of climate variability and land-use change on the water resources"
                        + " and ecosystems of West Africa.",
                "amma-catch-data@ird.fr", List.of(leader, manager),
                List.of(new DemoFunding("French research institutes", "FR", "IRD", "Institut de recherche pour le développement"),
                        new DemoFunding("French research institutes", "FR", "CNRS-INSU", "Institut national des sciences de l'Univers"),
                        new DemoFunding("Other universities and schools", "BJ", "UAC", "Université d'Abomey-Calavi"),
                        new DemoFunding("Research program", "FR", "OZCAR", "Observatoires de la zone critique, applications et recherche")),
                "http://www.amma-catch.org", "https://data.amma-catch.org", DemoLicence.ETALAB,
                List.of(meteorology(leader, manager, benin), fluxes(leader, manager, niger), rainGauges(hydrologist, manager, benin),
                        soil(leader, manager, niger)));
    }

    private static DemoDataset meteorology(DemoContact leader, DemoContact manager, DemoContact collector) {
        List<DemoSeries> series = new ArrayList<>();
        weatherStation(series, NALOHOU, RegularSchedule.yearsBefore(DATA_END, 1, Duration.ofMinutes(15)));
        weatherStation(series, BELLEFOUNGOU, RegularSchedule.yearsBefore(DATA_END, 2, Duration.ofHours(1)));
        return new DemoDataset("MeteoOueme", "Automatic weather stations of the Upper Ouémé, Benin",
                "Air temperature, humidity, radiation, wind and pressure at two automatic weather stations of the"
                        + " Donga catchment, Upper Ouémé, northern Benin.",
                "Characterise the atmospheric forcing of the Sudanian water cycle.",
                "Campbell CR1000 loggers; values checked against neighbouring stations and range tests;"
                        + " gaps are not filled.",
                List.of(leader.withRole("Principal investigator"), manager, collector), List.of("Climatology/Meteorology/Atmosphere"),
                "Meteorological geographical features",
                List.of("monsoon", "weather station", "Sudanian savanna", "Benin"), List.of("Metamorphic rocks"), null, series);
    }

    private static void weatherStation(List<DemoSeries> series, DemoStation station, RegularSchedule schedule) {
        series.add(SeriesTemplates.airTemperature2m().at(station, schedule, STYLE));
        series.add(SeriesTemplates.relativeHumidity().at(station, schedule, STYLE));
        series.add(SeriesTemplates.shortwaveRadiation().at(station, schedule, STYLE));
        series.add(SeriesTemplates.windSpeed().at(station, schedule, STYLE));
        series.add(SeriesTemplates.windDirection().at(station, schedule, STYLE));
        series.add(SeriesTemplates.atmosphericPressure().at(station, schedule, STYLE));
    }

    private static DemoDataset fluxes(DemoContact leader, DemoContact manager, DemoContact collector) {
        RegularSchedule halfHourly = RegularSchedule.yearsBefore(DATA_END, 2, Duration.ofMinutes(30));
        List<DemoSeries> series = new ArrayList<>();
        for (DemoStation station : List.of(WANKAMA, AGOUFOU)) {
            series.add(SeriesTemplates.sensibleHeatFlux().at(station, halfHourly, STYLE));
            series.add(SeriesTemplates.airTemperature5m().at(station, halfHourly, STYLE));
        }
        return new DemoDataset("FluxSahel", "Surface fluxes of the Sahelian sites, Niger and Mali",
                "Half-hourly sensible heat flux by eddy covariance and air temperature on the flux towers of"
                        + " Wankama (millet fallow, Niger) and Agoufou (grazed savanna, Mali).",
                "Quantify the surface energy partition across wet and dry seasons.",
                "EddyPro processing with double rotation, spectral corrections and WPL terms; half-hours with"
                        + " insufficient turbulence flagged doubtful.",
                List.of(leader.withRole("Principal investigator"), manager, collector), List.of("Climatology/Meteorology/Atmosphere", "Environment"),
                "Atmospheric conditions",
                List.of("eddy covariance", "energy balance", "Sahel"), List.of("Quaternary soils"),
                new DemoEmbargo(365, List.of("sylvie.galle@ird.fr", "veronique.chaffard@ird.fr")), series);
    }

    private static DemoDataset rainGauges(DemoContact investigator, DemoContact manager, DemoContact collector) {
        RegularSchedule daily = RegularSchedule.yearsBefore(DATA_END, 12, Duration.ofDays(1));
        List<DemoSeries> series = new ArrayList<>();
        for (DemoStation station : List.of(NALOHOU, BELLEFOUNGOU, DJOUGOU, ARA, WANKAMA, BANIZOUMBOU, TAMOU,
                AGOUFOU, HOMBORI, EGUERIT)) {
            series.add(SeriesTemplates.dailyRainfall().at(station, daily, STYLE));
        }
        return new DemoDataset("RainGauges", "Daily rainfall of the AMMA-CATCH rain gauge network",
                "Daily rainfall totals (00:00 to 24:00 UTC) of ten recording rain gauges from the Sudanian to the"
                        + " Sahelian sites.",
                "Follow the interannual variability of monsoon rainfall along the climatic gradient.",
                "Daily totals from tipping-bucket records, checked against manual gauges.",
                List.of(investigator, manager, collector), List.of("Climatology/Meteorology/Atmosphere", "Inland Waters"),
                "Meteorological geographical features",
                List.of("rainfall", "rain gauge network", "West African monsoon"),
                List.of("Metamorphic rocks", "Quaternary soils"), null, series);
    }

    private static DemoDataset soil(DemoContact leader, DemoContact manager, DemoContact collector) {
        RegularSchedule hourly = RegularSchedule.yearsBefore(DATA_END, 3, Duration.ofHours(1));
        List<DemoSeries> series = new ArrayList<>();
        for (DemoStation station : List.of(WANKAMA, BANIZOUMBOU)) {
            series.add(SeriesTemplates.soilWaterContent(SoilMoistureSignal.Soil.SAND).at(station, hourly, STYLE));
            series.add(SeriesTemplates.soilTemperature().at(station, hourly, STYLE));
        }
        return new DemoDataset("SoilNiamey", "Soil moisture and temperature of the Niamey square, Niger",
                "Hourly volumetric water content and temperature at 10 cm in sandy soils under millet and fallow.",
                "Understand infiltration and evaporation of Sahelian sandy soils.",
                "CS616 periods converted with a site-specific calibration against gravimetric samples.",
                List.of(leader.withRole("Principal investigator"), manager, collector), List.of("Geoscientific Information", "Environment"), "Soil",
                List.of("soil moisture", "soil temperature", "Sahel"), List.of("Quaternary soils"), null, series);
    }
}
