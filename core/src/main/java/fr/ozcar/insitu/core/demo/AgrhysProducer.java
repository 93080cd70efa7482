package fr.ozcar.insitu.core.demo;

import static fr.ozcar.insitu.core.demo.DemoCatalogue.DATA_END;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * AgrHyS: agro-hydrosystems of Brittany, the Kervidy-Naizin catchment: streams, shallow groundwater
 * and water chemistry under intensive farming, plus a boat survey of the Blavet estuary.
 */
final class AgrhysProducer {

    private static final ProducerStyle STYLE = new ProducerStyle("-9999", QualityDictionary.STANDARD, "Quality-controlled data");
    private static final ProducerStyle RAW = new ProducerStyle("-9999", QualityDictionary.STANDARD, "Raw data");
    private static final DemoOrganisation SAS = new DemoOrganisation("UMR Sol Agro et hydrosystème Spatialisation", "SAS", "FR");

    private static final DemoStation KERVIDY = new DemoStation("KER", "Kervidy-Naizin outlet", 48.0103, -2.8322, 98, Climate.OCEANIC);
    private static final DemoStation GUERINIEC = new DemoStation("GUE", "Guériniec", 48.0205, -2.8468, 107, Climate.OCEANIC);
    private static final DemoStation KEROLLAND_1 = new DemoStation("PK1", "Kerolland piezometer PK1", 48.0121, -2.8354, 101, Climate.OCEANIC);
    private static final DemoStation KEROLLAND_2 = new DemoStation("PK2", "Kerolland piezometer PK2", 48.0129, -2.8361, 105, Climate.OCEANIC);
    private static final DemoStation KEROLLAND_3 = new DemoStation("PK3", "Kerolland piezometer PK3", 48.0140, -2.8372, 112, Climate.OCEANIC);
    private static final DemoStation KEROLLAND_4 = new DemoStation("PK4", "Kerolland piezometer PK4", 48.0152, -2.8381, 119, Climate.OCEANIC);
    private static final DemoStation BLAVET = new DemoStation("BLV", "Blavet estuary, Hennebont to Port-Louis", 47.8050, -3.2770, 0, Climate.OCEANIC);

    private AgrhysProducer() {
    }

    static DemoProducer create() {
        DemoContact leader = new DemoContact("Ophélie", "Fovet", "ophelie.fovet@inrae.fr", "Project leader", SAS);
        DemoContact manager = new DemoContact("Mikael", "Faucheux", "mikael.faucheux@inrae.fr", "Data manager", SAS);
        DemoContact technician = new DemoContact("Nicolas", "Gilliet", "nicolas.gilliet@inrae.fr", "Data collector", SAS);
        return new DemoProducer("AGRH", "AgrHyS",
                "AgrHyS: environmental research observatory on agro-hydrosystems",
                "AgrHyS follows since 1993 the response times of water quality to agricultural practices and climate"
                        + " in two small catchments of Brittany on schist and granite, under intensive livestock farming.",
                "Understand the transfer of nitrogen and carbon from soils to streams through shallow groundwater.",
                "agrhys@inrae.fr", List.of(leader, manager),
                List.of(new DemoFunding("French research institutes", "FR", "INRAE",
                                "Institut national de recherche pour l'agriculture, l'alimentation et l'environnement"),
                        new DemoFunding("French universities and schools", "FR", "Institut Agro", "Institut Agro Rennes-Angers"),
                        new DemoFunding("Federative structure", "FR", "OSUR", "Observatoire des Sciences de l'Univers de Rennes")),
                "https://www6.inrae.fr/ore_agrhys", "https://agrhys.inrae.fr/data", DemoLicence.ETALAB,
                List.of(meteorology(leader, manager), streams(leader, manager, technician),
                        groundwater(leader, manager, technician), chemistry(leader, manager, technician),
                        transect(leader, manager)));
    }

    private static DemoDataset meteorology(DemoContact leader, DemoContact manager) {
        RegularSchedule hourly = RegularSchedule.yearsBefore(DATA_END, 3, Duration.ofHours(1));
        List<DemoSeries> series = List.of(
                SeriesTemplates.airTemperature2m().at(KERVIDY, hourly, STYLE),
                SeriesTemplates.relativeHumidity().at(KERVIDY, hourly, STYLE),
                SeriesTemplates.rainfall().at(KERVIDY, hourly, STYLE),
                SeriesTemplates.shortwaveRadiation().at(KERVIDY, hourly, STYLE));
        return new DemoDataset("Meteo", "Weather station of Kervidy-Naizin",
                "Hourly air temperature, humidity, rainfall and global radiation at the Kervidy-Naizin weather station.",
                "Provide the climatic forcing of the catchment's water and nitrogen budgets.",
                "Hourly values from a Campbell CR1000 logger; rainfall is the total of the hour ending at the given time.",
                List.of(leader.withRole("Principal investigator"), manager), List.of("Climatology/Meteorology/Atmosphere"),
                "Meteorological geographical features", List.of("weather station", "Brittany", "agricultural catchment"),
                List.of("Metamorphic rocks"), null, series);
    }

    private static DemoDataset streams(DemoContact leader, DemoContact manager, DemoContact technician) {
        RegularSchedule quarterHourly = RegularSchedule.yearsBefore(DATA_END, 1, Duration.ofMinutes(15));
        List<DemoSeries> series = new ArrayList<>();
        series.add(SeriesTemplates.discharge(4.9, 0.025).at(KERVIDY, quarterHourly, STYLE));
        series.add(SeriesTemplates.waterLevel(4.9, 0.025).at(KERVIDY, quarterHourly, STYLE));
        series.add(SeriesTemplates.discharge(1.3, 0.006).at(GUERINIEC, quarterHourly, STYLE));
        series.add(SeriesTemplates.waterLevel(1.3, 0.006).at(GUERINIEC, quarterHourly, STYLE));
        return new DemoDataset("Streams", "Stream discharge of the Kervidy-Naizin and Guériniec catchments",
                "Water level every 15 minutes at two gauging stations and the discharge derived from it, with its"
                        + " uncertainty.",
                "Quantify storm flow and baseflow of first-order agricultural streams.",
                "Pressure probe levels corrected for drift against staff gauge readings; discharge from rating curves"
                        + " updated after each gauging campaign.",
                List.of(leader.withRole("Principal investigator"), manager, technician), List.of("Inland Waters"),
                "Hydrography", List.of("discharge", "stream", "rating curve", "Brittany"),
                List.of("Metamorphic rocks"), null, series);
    }

    private static DemoDataset groundwater(DemoContact leader, DemoContact manager, DemoContact technician) {
        RegularSchedule hourly = RegularSchedule.yearsBefore(DATA_END, 2, Duration.ofHours(1));
        SamplingVisits monthly = new SamplingVisits(DATA_END.minus(Duration.ofDays(12 * 365)), DATA_END, Duration.ofDays(30));
        List<DemoSeries> series = new ArrayList<>();
        double deepest = 1.5;
        for (DemoStation piezometer : List.of(KEROLLAND_1, KEROLLAND_2, KEROLLAND_3, KEROLLAND_4)) {
            series.add(SeriesTemplates.groundwaterLevel(deepest).at(piezometer, hourly, STYLE));
            deepest += 2;
        }
        for (DemoStation piezometer : List.of(KEROLLAND_1, KEROLLAND_4)) {
            series.add(SeriesTemplates.calcium(17, 2).at(piezometer, monthly, STYLE));
            series.add(SeriesTemplates.nitrate(55, 8).at(piezometer, monthly, STYLE));
        }
        return new DemoDataset("Groundwater", "Shallow groundwater of the Kerolland hillslope",
                "Hourly water table elevation along a transect of four piezometers from the riparian wetland to the"
                        + " hilltop, and monthly groundwater chemistry.",
                "Follow the rise and fall of the water table that connects hillslope soils to the stream.",
                "Levels barometrically compensated and tied to the levelled top of each piezometer tube.",
                List.of(leader.withRole("Principal investigator"), manager, technician), List.of("Inland Waters", "Geoscientific Information"),
                "Geology", List.of("groundwater", "piezometer", "water table", "hillslope"),
                List.of("Metamorphic rocks"), null, series);
    }

    private static DemoDataset chemistry(DemoContact leader, DemoContact manager, DemoContact technician) {
        SamplingVisits weekly = new SamplingVisits(DATA_END.minus(Duration.ofDays(12 * 365)), DATA_END, Duration.ofDays(7));
        List<DemoSeries> series = new ArrayList<>();
        series.add(SeriesTemplates.nitrate(42, 10).at(KERVIDY, weekly, STYLE));
        series.add(SeriesTemplates.calcium(11.5, 1.5).at(KERVIDY, weekly, STYLE));
        series.add(SeriesTemplates.conductivity(270).at(KERVIDY, weekly, STYLE));
        series.add(SeriesTemplates.ph(6.9).at(KERVIDY, weekly, STYLE));
        series.add(SeriesTemplates.waterTemperature(11.5, 4).at(KERVIDY, weekly, STYLE));
        series.add(SeriesTemplates.nitrate(58, 9).at(GUERINIEC, weekly, STYLE));
        series.add(SeriesTemplates.calcium(9.5, 1.2).at(GUERINIEC, weekly, STYLE));
        series.add(SeriesTemplates.conductivity(240).at(GUERINIEC, weekly, STYLE));
        series.add(SeriesTemplates.ph(6.6).at(GUERINIEC, weekly, STYLE));
        series.add(SeriesTemplates.waterTemperature(11.2, 4.2).at(GUERINIEC, weekly, STYLE));
        return new DemoDataset("StreamChemistry", "Stream water chemistry of Kervidy-Naizin and Guériniec",
                "Major ions, nitrate and field parameters of grab samples taken about once a week at the two outlets.",
                "Relate nitrate concentrations in streams to farming practices and hydrological conditions.",
                "Samples filtered on site, kept at 4 °C and analysed within 48 h at the INRAE laboratory in Rennes.",
                List.of(leader.withRole("Principal investigator"), manager, technician), List.of("Inland Waters", "Environment"),
                "Environmental monitoring facilities", List.of("nitrate", "water quality", "agriculture", "Brittany"),
                List.of("Metamorphic rocks", "Plutonic rocks"), null, series);
    }

    private static DemoDataset transect(DemoContact leader, DemoContact manager) {
        BoatTransect survey = new BoatTransect(List.of(
                new double[]{-3.2770, 47.8050, 0}, new double[]{-3.2900, 47.7800, 0}, new double[]{-3.3050, 47.7560, 0},
                new double[]{-3.3300, 47.7330, 0}, new double[]{-3.3530, 47.7130, 0}),
                DATA_END.minus(Duration.ofDays(3 * 365)), DATA_END, Duration.ofDays(14), 120, Duration.ofMinutes(1));
        return new DemoDataset("BlavetTransect", "Water temperature along the Blavet estuary from a boat",
                "Surface water temperature logged every minute from a boat going down the Blavet estuary from"
                        + " Hennebont to Port-Louis, every two weeks.",
                "Map the thermal gradient between river and sea water along the estuary.",
                "Raw thermistor values with GPS positions; no correction applied.",
                List.of(leader.withRole("Principal investigator"), manager), List.of("Inland Waters", "Oceans"),
                "Sea regions", List.of("estuary", "water temperature", "boat survey"),
                List.of("Metamorphic rocks"), null,
                List.of(SeriesTemplates.transectWaterTemperature().along(survey, BLAVET, RAW)));
    }
}
