#!/usr/bin/env python3
"""Generates the OZCAR-Theia seed vocabulary (SKOS + I-ADOPT, Turtle).

Run from the repository root:
    python3 thesaurus/tools/generate_seed_vocabulary.py > thesaurus/src/main/resources/fr/ozcar/insitu/thesaurus/seed/ozcar-theia-seed.ttl

The generated Turtle is committed; this script is only how it was written. Variable and component
IRIs are `c_` + the first 8 hex digits of SHA-256 of a key (the English label for variables,
"kind:label" for I-ADOPT components). Once published an IRI never changes: if an English label is
renamed later, pin the old IRI with the `iri=` argument instead of letting it be re-derived.
"""
import hashlib

NS = "https://w3id.org/ozcar-theia/"
CREATED = "2026-11-20"


def opaque(key):
    return "c_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]


def lit(text, lang=None):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"@{lang}' if lang else f'"{escaped}"'


# ---------------------------------------------------------------- categories
# key: (English label, French label, parent key or None for a top concept)
CATEGORIES = {
    "atmosphere": ("Atmosphere variable", "Variable de l'atmosphère", None),
    "soil": ("Soil variable", "Variable du sol", None),
    "hydrosphere": ("Hydrosphere variable", "Variable de l'hydrosphère", None),
    "surfaceWater": ("Surface water variable", "Variable des eaux de surface", None),
    "groundwater": ("Groundwater variable", "Variable des eaux souterraines", None),
    "biosphere": ("Biosphere variable", "Variable de la biosphère", None),
    "atmosphericTemperature": ("Atmospheric temperature", "Température atmosphérique", "atmosphere"),
    "atmosphericRadiation": ("Atmospheric radiation", "Rayonnement atmosphérique", "atmosphere"),
    "wind": ("Wind", "Vent", "atmosphere"),
    "atmosphericWaterVapor": ("Atmospheric water vapor", "Vapeur d'eau atmosphérique", "atmosphere"),
    "atmosphericPressure": ("Atmospheric pressure", "Pression atmosphérique", "atmosphere"),
    "atmosphericChemistry": ("Atmospheric chemistry", "Chimie atmosphérique", "atmosphere"),
    "precipitation": ("Precipitation", "Précipitations", "atmosphere"),
    "precipitationChemistry": ("Precipitation chemistry", "Chimie des précipitations", "atmosphere"),
    "surfaceFluxes": ("Surface fluxes", "Flux de surface", "atmosphere"),
    "soilWaterMeasurements": ("Soil water measurements", "Mesures de l'eau du sol", "soil"),
    "soilThermalMeasurements": ("Soil thermal measurements", "Mesures thermiques du sol", "soil"),
    "soilChemistry": ("Soil chemistry", "Chimie du sol", "soil"),
    "hydrologicalMeasurements": ("Hydrological measurements", "Mesures hydrologiques", "hydrosphere"),
    "snowAndIce": ("Snow and ice", "Neige et glace", "hydrosphere"),
    "streamWaterChemistry": ("Stream water chemistry", "Chimie des eaux de rivière", "surfaceWater"),
    "groundwaterMajorIons": ("Groundwater major ions", "Ions majeurs des eaux souterraines", "groundwater"),
    "groundwaterPhysicoChemistry": ("Groundwater physico-chemistry", "Physico-chimie des eaux souterraines",
                                    "groundwater"),
    "vegetation": ("Vegetation", "Végétation", "biosphere"),
}

# ---------------------------------------------------------------- I-ADOPT components
# key: (I-ADOPT class, English label, French label)
COMPONENTS = {}


def component(kind, key, en, fr):
    COMPONENTS[key] = (kind, en, fr)


for key, en, fr in [
    ("temperature", "temperature", "température"), ("relativeHumidity", "relative humidity", "humidité relative"),
    ("specificHumidity", "specific humidity", "humidité spécifique"),
    ("absoluteHumidity", "absolute humidity", "humidité absolue"), ("pressure", "pressure", "pression"),
    ("partialPressure", "partial pressure", "pression partielle"),
    ("pressureDeficit", "pressure deficit", "déficit de pression"), ("mixingRatio", "mixing ratio", "rapport de mélange"),
    ("amount", "amount", "quantité"), ("intensity", "intensity", "intensité"), ("thickness", "thickness", "épaisseur"),
    ("duration", "duration", "durée"), ("radiativeFlux", "radiative flux density", "densité de flux radiatif"),
    ("photonFlux", "photon flux density", "densité de flux de photons"), ("albedo", "albedo", "albédo"),
    ("speed", "speed", "vitesse"), ("direction", "direction", "direction"),
    ("moleFraction", "mole fraction", "fraction molaire"), ("massConcentration", "mass concentration", "concentration massique"),
    ("activityConcentration", "activity concentration", "concentration d'activité"),
    ("heatFlux", "heat flux density", "densité de flux de chaleur"), ("molarFlux", "molar flux density", "densité de flux molaire"),
    ("waterDepthEquivalent", "water depth equivalent", "équivalent en lame d'eau"),
    ("momentumFlux", "momentum flux", "flux de quantité de mouvement"),
    ("volumeFraction", "volume fraction", "fraction volumique"), ("massFraction", "mass fraction", "fraction massique"),
    ("waterPotential", "water potential", "potentiel hydrique"), ("permittivity", "relative permittivity", "permittivité relative"),
    ("storage", "storage", "stock"), ("electricalConductivity", "electrical conductivity", "conductivité électrique"),
    ("mass", "mass", "masse"), ("rate", "rate", "taux"), ("thermalConductivity", "thermal conductivity", "conductivité thermique"),
    ("depth", "depth", "profondeur"), ("pH", "pH", "pH"), ("content", "content", "teneur"),
    ("volumetricFlowRate", "volumetric flow rate", "débit volumique"), ("level", "level", "niveau"),
    ("areaSpecificFlowRate", "area-specific flow rate", "débit spécifique"),
    ("turbidity", "turbidity", "turbidité"), ("saturation", "saturation", "saturation"),
    ("redoxPotential", "redox potential", "potentiel d'oxydoréduction"), ("massFlowRate", "mass flow rate", "débit massique"),
    ("density", "density", "masse volumique"), ("areaFraction", "area fraction", "fraction surfacique"),
    ("areaIndex", "area index", "indice de surface"), ("vegetationIndex", "vegetation index", "indice de végétation"),
    ("diameterVariation", "diameter variation", "variation de diamètre"), ("height", "height", "hauteur"),
    ("wetness", "wetness", "humectation"), ("arealDensity", "areal density", "masse surfacique"),
    ("fluxDensity", "flux density", "densité de flux"),
]:
    component("Property", key, en, fr)

for key, en, fr in [
    ("air", "air", "air"), ("atmosphere", "atmosphere", "atmosphère"), ("waterVapour", "water vapour", "vapeur d'eau"),
    ("precipitation", "precipitation", "précipitation"), ("rain", "rain", "pluie"), ("snow", "snow", "neige"),
    ("snowfall", "snowfall", "chute de neige"), ("throughfall", "throughfall", "pluviolessivage"),
    ("stemflow", "stemflow", "écoulement le long des troncs"), ("shortwaveRadiation", "shortwave radiation", "rayonnement de courte longueur d'onde"),
    ("longwaveRadiation", "longwave radiation", "rayonnement de grande longueur d'onde"),
    ("netRadiation", "net radiation", "rayonnement net"), ("par", "photosynthetically active radiation", "rayonnement photosynthétiquement actif"),
    ("uvRadiation", "ultraviolet radiation", "rayonnement ultraviolet"), ("sunshine", "sunshine", "ensoleillement"),
    ("wind", "wind", "vent"), ("windGust", "wind gust", "rafale de vent"), ("surface", "land surface", "surface terrestre"),
    ("seaLevel", "mean sea level", "niveau moyen de la mer"),
    ("carbonDioxide", "carbon dioxide", "dioxyde de carbone"), ("methane", "methane", "méthane"),
    ("nitrousOxide", "nitrous oxide", "protoxyde d'azote"), ("ozone", "ozone", "ozone"),
    ("nitrogenDioxide", "nitrogen dioxide", "dioxyde d'azote"), ("sulfurDioxide", "sulfur dioxide", "dioxyde de soufre"),
    ("pm10", "particulate matter PM10", "particules PM10"), ("pm25", "particulate matter PM2.5", "particules PM2,5"),
    ("radon", "radon", "radon"), ("water", "water", "eau"), ("sensibleHeat", "sensible heat", "chaleur sensible"),
    ("latentHeat", "latent heat", "chaleur latente"), ("ecosystem", "ecosystem", "écosystème"),
    ("momentum", "momentum", "quantité de mouvement"), ("soil", "soil", "sol"), ("soilWater", "soil water", "eau du sol"),
    ("lysimeter", "lysimeter", "lysimètre"), ("drainageWater", "drainage water", "eau de drainage"),
    ("soilPoreWater", "soil pore water", "eau porale du sol"), ("frost", "frozen soil layer", "couche de sol gelé"),
    ("organicCarbon", "organic carbon", "carbone organique"), ("oxygen", "oxygen", "oxygène"),
    ("river", "river", "rivière"), ("streamWater", "stream water", "eau de rivière"), ("groundwater", "groundwater", "eau souterraine"),
    ("aquifer", "aquifer", "aquifère"), ("watertable", "water table", "surface de la nappe"), ("spring", "spring", "source"),
    ("lake", "lake", "lac"), ("runoff", "surface runoff", "ruissellement"), ("well", "well", "puits"),
    ("suspendedSediment", "suspended sediment", "matières en suspension"), ("dissolvedOxygen", "dissolved oxygen", "oxygène dissous"),
    ("dissolvedOrganicCarbon", "dissolved organic carbon", "carbone organique dissous"),
    ("chlorophyllA", "chlorophyll a", "chlorophylle a"), ("totalPhosphorus", "total phosphorus", "phosphore total"),
    ("totalNitrogen", "total nitrogen", "azote total"),
    ("calcium", "calcium", "calcium"), ("magnesium", "magnesium", "magnésium"), ("sodium", "sodium", "sodium"),
    ("potassium", "potassium", "potassium"), ("chloride", "chloride", "chlorure"), ("sulfate", "sulfate", "sulfate"),
    ("nitrate", "nitrate", "nitrate"), ("bicarbonate", "bicarbonate", "bicarbonate"), ("ammonium", "ammonium", "ammonium"),
    ("phosphate", "phosphate", "phosphate"), ("silica", "dissolved silica", "silice dissoute"),
    ("rainwater", "rainwater", "eau de pluie"), ("snowpack", "snowpack", "manteau neigeux"), ("snowSurface", "snow surface", "surface de la neige"),
    ("leaf", "leaf", "feuille"), ("canopy", "canopy", "canopée"), ("vegetation", "vegetation", "végétation"),
    ("sap", "sap", "sève"), ("stem", "tree stem", "tronc"), ("abovegroundBiomass", "aboveground biomass", "biomasse aérienne"),
    ("sonicAnemometer", "sonic anemometer path", "trajet de l'anémomètre sonique"), ("wetBulb", "wet bulb", "thermomètre mouillé"),
    ("dewPoint", "dew point", "point de rosée"), ("pan", "evaporation pan", "bac d'évaporation"),
]:
    component("Entity", key, en, fr)

for key, en, fr in [
    ("maximum", "maximum", "maximum"), ("minimum", "minimum", "minimum"), ("dailyMean", "daily mean", "moyenne journalière"),
    ("standardDeviation", "standard deviation", "écart-type"), ("cumulative", "accumulated", "cumul"),
]:
    component("StatisticalModifier", key, en, fr)

for key, en, fr in [
    ("downwelling", "downwelling", "descendant"), ("upwelling", "upwelling", "montant"), ("net", "net", "net"),
    ("diffuse", "diffuse", "diffus"), ("direct", "direct", "direct"), ("dissolved", "dissolved", "dissous"),
    ("potential", "potential", "potentiel"), ("actual", "actual", "réel"), ("gross", "gross", "brut"),
    ("vertical", "vertical", "vertical"), ("gravimetric", "gravimetric", "gravimétrique"), ("matric", "matric", "matriciel"),
    ("belowGround", "below ground surface", "sous la surface du sol"),
    ("atSaturation", "relative to saturation", "par rapport à la saturation"),
]:
    component("Constraint", key, en, fr)

# ---------------------------------------------------------------- variables
VARIABLES = []
DEPRECATED = []


def var(en, fr, cat, unit, prop, ooi, matrix=None, ctx=None, cons=(), stat=None, alt_en=(), alt_fr=(),
        simple_en=None, simple_fr=None, exact=(), close=(), definition=None, iri=None, modified=None):
    VARIABLES.append(dict(en=en, fr=fr, cat=cat, unit=unit, prop=prop, ooi=ooi, matrix=matrix, ctx=ctx,
                          cons=list(cons), stat=stat, alt_en=list(alt_en), alt_fr=list(alt_fr),
                          simple_en=simple_en or en, simple_fr=simple_fr or fr, exact=list(exact),
                          close=list(close), definition=definition, iri=iri or opaque(en), modified=modified))


def deprecated(en, fr, replaced_by_en, alt_en=(), alt_fr=()):
    DEPRECATED.append(dict(en=en, fr=fr, iri=opaque(en), replaced=opaque(replaced_by_en),
                           alt_en=list(alt_en), alt_fr=list(alt_fr)))


CF = "http://vocab.nerc.ac.uk/standard_name/"


def cf(name):
    return CF + name + "/"


# Atmospheric temperature. Heights are NOT part of the variable: "Air temperature at 2 m" and
# "… at 5 m" are both "Air temperature"; the height is a constraint kept on the series.
var("Air temperature", "Température de l'air", "atmosphericTemperature", "°C", "temperature", "air",
    alt_en=["Tair", "Ta", "T_air", "TA", "AirTemp", "Air temp"], alt_fr=["Température air", "T air"],
    exact=[cf("air_temperature")], definition="Temperature of the air near the surface, measured in a radiation shield.",
    modified="2026-11-22")
var("Maximum air temperature", "Température maximale de l'air", "atmosphericTemperature", "°C", "temperature", "air",
    stat="maximum", alt_en=["Tmax", "Tair max", "TA_MAX"], alt_fr=["Température max", "Tmax air"],
    close=[cf("air_temperature")], definition="Highest air temperature over the aggregation period.")
var("Minimum air temperature", "Température minimale de l'air", "atmosphericTemperature", "°C", "temperature", "air",
    stat="minimum", alt_en=["Tmin", "Tair min", "TA_MIN"], alt_fr=["Température min", "Tmin air"],
    close=[cf("air_temperature")], definition="Lowest air temperature over the aggregation period.")
var("Daily mean air temperature", "Température moyenne journalière de l'air", "atmosphericTemperature", "°C",
    "temperature", "air", stat="dailyMean", alt_en=["Tmean", "Tavg", "TM"], alt_fr=["Tmoy", "Température moyenne"],
    close=[cf("air_temperature")], definition="Mean of the air temperature over a calendar day.")
var("Dew point temperature", "Température du point de rosée", "atmosphericTemperature", "°C", "temperature", "dewPoint",
    matrix="air", alt_en=["Td", "Tdew", "Dew point", "TD"], alt_fr=["Point de rosée"], exact=[cf("dew_point_temperature")],
    definition="Temperature to which air must be cooled at constant pressure to become saturated with water vapour.")
var("Wet bulb temperature", "Température du thermomètre mouillé", "atmosphericTemperature", "°C", "temperature", "wetBulb",
    matrix="air", alt_en=["Twet", "Wet-bulb temperature"], alt_fr=["Température humide"], exact=[cf("wet_bulb_temperature")],
    definition="Temperature read by a thermometer covered in a water-soaked cloth over which air is passed.")
var("Surface temperature", "Température de surface", "atmosphericTemperature", "°C", "temperature", "surface",
    alt_en=["Tsurf", "LST", "Land surface temperature", "Skin temperature", "T_SURF"], alt_fr=["Température de surface du sol"],
    exact=[cf("surface_temperature")], definition="Radiative temperature of the land surface (soil, vegetation, snow).")
var("Sonic temperature", "Température sonique", "atmosphericTemperature", "°C", "temperature", "air", ctx="sonicAnemometer",
    alt_en=["Tsonic", "T_SONIC", "Ts sonic"], alt_fr=["Température virtuelle sonique"],
    definition="Air temperature derived from the speed of sound measured by a sonic anemometer.")
var("Air potential temperature", "Température potentielle de l'air", "atmosphericTemperature", "K", "temperature", "air",
    cons=["potential"], alt_en=["Theta", "Potential temperature"], alt_fr=["Température potentielle"],
    exact=[cf("air_potential_temperature")],
    definition="Temperature an air parcel would have if brought adiabatically to a reference pressure of 1000 hPa.")
deprecated("Shelter air temperature", "Température de l'air sous abri", "Air temperature",
           alt_en=["Air temperature under shelter"], alt_fr=["Température sous abri", "Tabri"])

# Atmospheric water vapour
var("Relative humidity", "Humidité relative", "atmosphericWaterVapor", "%", "relativeHumidity", "air",
    alt_en=["RH", "Rel hum", "Humidity", "Air humidity", "Relative air humidity", "RH_air", "Hr"],
    alt_fr=["Humidité relative de l'air", "HR", "Humidité de l'air", "Humidité"], exact=[cf("relative_humidity")],
    definition="Ratio of the water vapour partial pressure of the air to its saturation value at the same temperature.")
var("Specific humidity", "Humidité spécifique", "atmosphericWaterVapor", "kg/kg", "specificHumidity", "air",
    alt_en=["q_air", "Specific air humidity"], alt_fr=["Humidité spécifique de l'air"], exact=[cf("specific_humidity")],
    definition="Mass of water vapour per unit mass of moist air.")
var("Absolute humidity", "Humidité absolue", "atmosphericWaterVapor", "g/m3", "absoluteHumidity", "air",
    alt_en=["AH", "Water vapour density"], alt_fr=["Densité de vapeur d'eau"],
    definition="Mass of water vapour per unit volume of air.")
var("Water vapour pressure", "Pression de vapeur d'eau", "atmosphericWaterVapor", "hPa", "partialPressure", "waterVapour",
    matrix="air", alt_en=["Vapor pressure", "Vapour pressure", "ea", "VP", "e_a"], alt_fr=["Tension de vapeur"],
    exact=[cf("water_vapor_partial_pressure_in_air")], definition="Partial pressure of water vapour in the air.")
var("Vapour pressure deficit", "Déficit de pression de vapeur", "atmosphericWaterVapor", "hPa", "pressureDeficit",
    "waterVapour", matrix="air", alt_en=["VPD", "Vapor pressure deficit", "Saturation deficit"],
    alt_fr=["DPV", "Déficit de saturation"],
    definition="Difference between the saturation vapour pressure and the actual vapour pressure of the air.")
var("Water vapour mixing ratio", "Rapport de mélange de la vapeur d'eau", "atmosphericWaterVapor", "g/kg", "mixingRatio",
    "waterVapour", matrix="air", alt_en=["Mixing ratio", "Humidity mixing ratio"], alt_fr=["Rapport de mélange"],
    exact=[cf("humidity_mixing_ratio")], definition="Mass of water vapour per unit mass of dry air.")
var("Water vapour mole fraction", "Fraction molaire de vapeur d'eau", "atmosphericWaterVapor", "mmol/mol", "moleFraction",
    "waterVapour", matrix="air", alt_en=["H2O", "H2O concentration", "H2O mole fraction"], alt_fr=["Concentration en H2O"],
    definition="Amount of water vapour per amount of air, as measured by an infrared gas analyser.")
deprecated("Air humidity (unspecified)", "Humidité de l'air (non spécifiée)", "Relative humidity")

# Precipitation
var("Precipitation amount", "Hauteur de précipitation", "precipitation", "mm", "amount", "precipitation",
    alt_en=["Rainfall", "Rain", "Precipitation", "P", "PRECIP", "Prcp", "Rainfall amount", "Rain gauge", "RR", "P_RAIN"],
    alt_fr=["Pluie", "Précipitations", "Pluviométrie", "Cumul de pluie", "Hauteur de pluie", "Précipitation"],
    simple_en="Precipitation", simple_fr="Précipitations", exact=[cf("precipitation_amount")],
    definition="Depth of liquid water equivalent of all precipitation (rain, snow, hail) collected over a period.",
    modified="2026-11-22")
var("Precipitation intensity", "Intensité des précipitations", "precipitation", "mm/h", "intensity", "precipitation",
    alt_en=["Rain rate", "Rainfall intensity", "Rainfall rate"], alt_fr=["Intensité de pluie"],
    close=[cf("precipitation_flux")], definition="Precipitation depth per unit time.")
var("Snowfall amount", "Hauteur de neige fraîche", "precipitation", "cm", "thickness", "snowfall",
    alt_en=["Snowfall", "Fresh snow depth", "New snow"], alt_fr=["Neige fraîche", "Chute de neige"],
    definition="Depth of fresh snow fallen over a period.")
var("Throughfall", "Pluviolessivage", "precipitation", "mm", "amount", "throughfall", ctx="canopy",
    alt_en=["Throughfall amount", "TF"], alt_fr=["Pluie sous couvert", "Précipitation sous couvert"],
    definition="Precipitation reaching the ground through gaps in the canopy or dripping from it.")
var("Stemflow", "Écoulement le long des troncs", "precipitation", "mm", "amount", "stemflow", ctx="stem",
    alt_en=["Stem flow", "SF"], alt_fr=["Écoulement de tronc"], definition="Precipitation flowing down tree stems to the ground.")
var("Precipitation duration", "Durée des précipitations", "precipitation", "min", "duration", "precipitation",
    alt_en=["Rain duration", "Duration of precipitation"], alt_fr=["Durée de pluie"],
    definition="Time during which precipitation was detected over the aggregation period.")
deprecated("Rain gauge precipitation", "Précipitation au pluviomètre", "Precipitation amount",
           alt_fr=["Précipitation pluviomètre"])

# Atmospheric radiation
var("Incoming shortwave radiation", "Rayonnement solaire incident", "atmosphericRadiation", "W/m2", "radiativeFlux",
    "shortwaveRadiation", cons=["downwelling"],
    alt_en=["SW_IN", "Rg", "Global radiation", "Solar radiation", "SWin", "SWdown", "Rs", "Shortwave incoming radiation",
            "Downwelling shortwave radiation", "Incoming solar radiation", "GHI"],
    alt_fr=["Rayonnement global", "Rayonnement solaire global", "Rayonnement incident"],
    exact=[cf("surface_downwelling_shortwave_flux_in_air")],
    definition="Downward shortwave (0.3–3 µm) radiative flux density on a horizontal surface.")
var("Outgoing shortwave radiation", "Rayonnement solaire réfléchi", "atmosphericRadiation", "W/m2", "radiativeFlux",
    "shortwaveRadiation", cons=["upwelling"], alt_en=["SW_OUT", "SWout", "SWup", "Reflected radiation", "Reflected shortwave radiation"],
    alt_fr=["Rayonnement réfléchi"], exact=[cf("surface_upwelling_shortwave_flux_in_air")],
    definition="Upward shortwave radiative flux density reflected by the surface.")
var("Incoming longwave radiation", "Rayonnement infrarouge incident", "atmosphericRadiation", "W/m2", "radiativeFlux",
    "longwaveRadiation", cons=["downwelling"], alt_en=["LW_IN", "LWin", "LWdown", "Atmospheric radiation", "Downwelling longwave radiation"],
    alt_fr=["Rayonnement atmosphérique", "Rayonnement de grande longueur d'onde incident"],
    exact=[cf("surface_downwelling_longwave_flux_in_air")], definition="Downward longwave (3–100 µm) radiative flux density.")
var("Outgoing longwave radiation", "Rayonnement infrarouge émis", "atmosphericRadiation", "W/m2", "radiativeFlux",
    "longwaveRadiation", cons=["upwelling"], alt_en=["LW_OUT", "LWout", "LWup", "Upwelling longwave radiation"],
    alt_fr=["Rayonnement terrestre"], exact=[cf("surface_upwelling_longwave_flux_in_air")],
    definition="Upward longwave radiative flux density emitted and reflected by the surface.")
var("Net radiation", "Rayonnement net", "atmosphericRadiation", "W/m2", "radiativeFlux", "netRadiation", cons=["net"],
    alt_en=["NETRAD", "Rn", "Net radiation flux", "Rnet"], alt_fr=["Bilan radiatif"],
    exact=[cf("surface_net_downward_radiative_flux")],
    definition="Incoming minus outgoing radiation, shortwave and longwave together.")
var("Net shortwave radiation", "Rayonnement solaire net", "atmosphericRadiation", "W/m2", "radiativeFlux",
    "shortwaveRadiation", cons=["net"], alt_en=["SW_NET", "Rns"], alt_fr=["Rayonnement de courte longueur d'onde net"],
    exact=[cf("surface_net_downward_shortwave_flux")], definition="Incoming minus outgoing shortwave radiation.")
var("Net longwave radiation", "Rayonnement infrarouge net", "atmosphericRadiation", "W/m2", "radiativeFlux",
    "longwaveRadiation", cons=["net"], alt_en=["LW_NET", "Rnl"], alt_fr=["Rayonnement de grande longueur d'onde net"],
    exact=[cf("surface_net_downward_longwave_flux")], definition="Incoming minus outgoing longwave radiation.")
var("Photosynthetically active radiation", "Rayonnement photosynthétiquement actif", "atmosphericRadiation",
    "µmol/m2/s", "photonFlux", "par", cons=["downwelling"],
    alt_en=["PAR", "PPFD", "PPFD_IN", "Photosynthetic photon flux density", "Incoming PAR"], alt_fr=["RPA", "PAR incident"],
    close=[cf("surface_downwelling_photosynthetic_photon_flux_in_air")],
    definition="Incoming photon flux density in the 400–700 nm band.")
var("Diffuse radiation", "Rayonnement diffus", "atmosphericRadiation", "W/m2", "radiativeFlux", "shortwaveRadiation",
    cons=["diffuse"], alt_en=["SW_DIF", "Diffuse shortwave radiation", "DHI", "Diffuse solar radiation"], alt_fr=["Rayonnement solaire diffus"],
    exact=[cf("surface_diffuse_downwelling_shortwave_flux_in_air")], definition="Downward shortwave radiation scattered by the atmosphere.")
var("Direct solar radiation", "Rayonnement solaire direct", "atmosphericRadiation", "W/m2", "radiativeFlux",
    "shortwaveRadiation", cons=["direct"], alt_en=["DNI", "Direct radiation", "Beam radiation"], alt_fr=["Rayonnement direct"],
    definition="Shortwave radiation received directly from the solar disc.")
var("Surface albedo", "Albédo de surface", "atmosphericRadiation", "1", "albedo", "surface",
    alt_en=["Albedo", "ALB"], alt_fr=["Albédo"], exact=[cf("surface_albedo")],
    definition="Ratio of reflected to incoming shortwave radiation.")
var("Sunshine duration", "Durée d'ensoleillement", "atmosphericRadiation", "h", "duration", "sunshine",
    alt_en=["Sunshine hours", "SSD", "Insolation duration"], alt_fr=["Insolation", "Heures d'ensoleillement"],
    exact=[cf("duration_of_sunshine")], definition="Time during which direct solar irradiance exceeds 120 W/m².")
var("Ultraviolet radiation", "Rayonnement ultraviolet", "atmosphericRadiation", "W/m2", "radiativeFlux", "uvRadiation",
    cons=["downwelling"], alt_en=["UV", "UV radiation", "UV_IN"], alt_fr=["Rayonnement UV", "UV"],
    definition="Downward radiative flux density in the ultraviolet band.")

# Wind
var("Wind speed", "Vitesse du vent", "wind", "m/s", "speed", "wind",
    alt_en=["WS", "Wind velocity", "FF", "U", "Windspeed", "Wind spd", "Horizontal wind speed"],
    alt_fr=["Vitesse de vent", "Vent", "Force du vent"], exact=[cf("wind_speed")],
    definition="Magnitude of the horizontal wind velocity.")
var("Wind direction", "Direction du vent", "wind", "°", "direction", "wind",
    alt_en=["WD", "DD", "Wind dir", "Winddir", "Wind from direction"], alt_fr=["Direction de vent", "Dir vent"],
    exact=[cf("wind_from_direction")], definition="Direction from which the wind blows, clockwise from true north.")
var("Wind gust speed", "Vitesse des rafales", "wind", "m/s", "speed", "windGust", stat="maximum",
    alt_en=["Gust", "Wind gust", "Maximum wind speed", "WS_MAX", "FXI"], alt_fr=["Rafale", "Rafale maximale", "Vitesse maximale du vent"],
    exact=[cf("wind_speed_of_gust")], definition="Maximum short-period (3 s) wind speed over the aggregation period.")
var("Friction velocity", "Vitesse de frottement", "wind", "m/s", "speed", "momentum", ctx="surface",
    alt_en=["USTAR", "u*", "Ustar"], alt_fr=["Vitesse de friction"],
    definition="Velocity scale of the turbulent momentum flux near the surface.")
var("Vertical wind speed", "Vitesse verticale du vent", "wind", "m/s", "speed", "wind", cons=["vertical"],
    alt_en=["W_WIND", "Vertical velocity", "Upward air velocity"], alt_fr=["Vent vertical"],
    exact=[cf("upward_air_velocity")], definition="Vertical component of the wind velocity, positive upward.")
var("Wind direction standard deviation", "Écart-type de la direction du vent", "wind", "°", "direction", "wind",
    stat="standardDeviation", alt_en=["Sigma theta", "WD_SD", "SIGMA_THETA"], alt_fr=["Écart-type direction vent"],
    definition="Standard deviation of the wind direction over the averaging period.")

# Atmospheric pressure
var("Atmospheric pressure", "Pression atmosphérique", "atmosphericPressure", "hPa", "pressure", "air",
    alt_en=["PA", "Patm", "Air pressure", "Barometric pressure", "Station pressure", "Pressure", "P_air", "Baro"],
    alt_fr=["Pression", "Pression de l'air", "Pression barométrique"], exact=[cf("air_pressure")],
    definition="Pressure exerted by the atmosphere at the station's elevation.")
var("Sea level pressure", "Pression au niveau de la mer", "atmosphericPressure", "hPa", "pressure", "air", ctx="seaLevel",
    alt_en=["SLP", "MSLP", "Mean sea level pressure", "PMER"], alt_fr=["Pression réduite au niveau de la mer"],
    exact=[cf("air_pressure_at_mean_sea_level")], definition="Atmospheric pressure reduced to mean sea level.")

# Atmospheric chemistry
for en, fr, unit, prop, ooi, alts, alt_fr, cfname in [
    ("Carbon dioxide mole fraction in air", "Fraction molaire de dioxyde de carbone dans l'air", "µmol/mol", "moleFraction",
     "carbonDioxide", ["CO2", "CO2 concentration", "xCO2", "CO2 in air", "Carbon dioxide concentration"], ["Concentration en CO2", "CO2 atmosphérique"],
     "mole_fraction_of_carbon_dioxide_in_air"),
    ("Methane mole fraction in air", "Fraction molaire de méthane dans l'air", "nmol/mol", "moleFraction", "methane",
     ["CH4", "CH4 concentration", "Methane concentration"], ["Concentration en méthane"], "mole_fraction_of_methane_in_air"),
    ("Nitrous oxide mole fraction in air", "Fraction molaire de protoxyde d'azote dans l'air", "nmol/mol", "moleFraction",
     "nitrousOxide", ["N2O", "N2O concentration"], ["Concentration en N2O"], "mole_fraction_of_nitrous_oxide_in_air"),
    ("Ozone concentration in air", "Concentration en ozone dans l'air", "µg/m3", "massConcentration", "ozone",
     ["O3", "Ozone"], ["Ozone"], "mass_concentration_of_ozone_in_air"),
    ("Nitrogen dioxide concentration in air", "Concentration en dioxyde d'azote dans l'air", "µg/m3", "massConcentration",
     "nitrogenDioxide", ["NO2"], ["Dioxyde d'azote"], "mass_concentration_of_nitrogen_dioxide_in_air"),
    ("Sulfur dioxide concentration in air", "Concentration en dioxyde de soufre dans l'air", "µg/m3", "massConcentration",
     "sulfurDioxide", ["SO2"], ["Dioxyde de soufre"], "mass_concentration_of_sulfur_dioxide_in_air"),
    ("PM10 concentration", "Concentration en particules PM10", "µg/m3", "massConcentration", "pm10",
     ["PM10", "Particulate matter 10"], ["Particules fines PM10"], "mass_concentration_of_pm10_ambient_aerosol_particles_in_air"),
    ("PM2.5 concentration", "Concentration en particules PM2,5", "µg/m3", "massConcentration", "pm25",
     ["PM2.5", "PM25", "Fine particulate matter"], ["Particules fines PM2,5"], "mass_concentration_of_pm2p5_ambient_aerosol_particles_in_air"),
    ("Radon activity concentration in air", "Activité volumique du radon dans l'air", "Bq/m3", "activityConcentration",
     "radon", ["Radon", "Rn222", "Radon-222"], ["Radon"], None),
]:
    var(en, fr, "atmosphericChemistry", unit, prop, ooi, matrix="air", alt_en=alts, alt_fr=alt_fr,
        exact=[cf(cfname)] if cfname else [], definition=f"{en[0].upper() + en[1:]} near the surface.")

# Surface fluxes
var("Sensible heat flux", "Flux de chaleur sensible", "surfaceFluxes", "W/m2", "heatFlux", "sensibleHeat", ctx="surface",
    alt_en=["H", "FSH", "Sensible heat", "H_flux"], alt_fr=["Chaleur sensible", "Flux de chaleur sensible turbulent"],
    exact=[cf("surface_upward_sensible_heat_flux")], definition="Turbulent flux of heat from the surface to the atmosphere, positive upward.")
var("Latent heat flux", "Flux de chaleur latente", "surfaceFluxes", "W/m2", "heatFlux", "latentHeat", ctx="surface",
    alt_en=["LE", "Latent heat", "λE", "LH"], alt_fr=["Chaleur latente"], exact=[cf("surface_upward_latent_heat_flux")],
    definition="Turbulent flux of energy carried by evapotranspiration, positive upward.")
var("Carbon dioxide flux", "Flux de dioxyde de carbone", "surfaceFluxes", "µmol/m2/s", "molarFlux", "carbonDioxide",
    ctx="surface", alt_en=["FC", "CO2 flux", "F_CO2"], alt_fr=["Flux de CO2"],
    close=[cf("surface_upward_mole_flux_of_carbon_dioxide")], definition="Turbulent CO2 flux above the canopy, positive upward.")
var("Net ecosystem exchange", "Échange net de l'écosystème", "surfaceFluxes", "µmol/m2/s", "molarFlux", "carbonDioxide",
    ctx="ecosystem", cons=["net"], alt_en=["NEE", "Net ecosystem CO2 exchange"], alt_fr=["ENE", "Échange net de CO2"],
    definition="CO2 flux plus canopy storage change: the net carbon exchange of the ecosystem.")
var("Gross primary production", "Production primaire brute", "surfaceFluxes", "µmol/m2/s", "molarFlux", "carbonDioxide",
    ctx="ecosystem", cons=["gross"], alt_en=["GPP"], alt_fr=["PPB"], close=[cf("gross_primary_productivity_of_biomass_expressed_as_carbon")],
    definition="CO2 uptake by photosynthesis at the ecosystem scale.")
var("Ecosystem respiration", "Respiration de l'écosystème", "surfaceFluxes", "µmol/m2/s", "molarFlux", "carbonDioxide",
    ctx="ecosystem", alt_en=["RECO", "Reco", "TER"], alt_fr=["Respiration écosystémique"],
    definition="CO2 release by autotrophic and heterotrophic respiration at the ecosystem scale.")
var("Actual evapotranspiration", "Évapotranspiration réelle", "surfaceFluxes", "mm", "waterDepthEquivalent", "waterVapour",
    ctx="surface", cons=["actual"], alt_en=["ET", "ETa", "Evapotranspiration", "AET"], alt_fr=["ETR", "Évapotranspiration"],
    definition="Water lost by evaporation and transpiration over a period, in water depth.")
var("Potential evapotranspiration", "Évapotranspiration potentielle", "surfaceFluxes", "mm", "waterDepthEquivalent",
    "waterVapour", ctx="surface", cons=["potential"], alt_en=["PET", "ET0", "Reference evapotranspiration"], alt_fr=["ETP", "ET0"],
    definition="Evapotranspiration of a reference surface not short of water (e.g. FAO-56 Penman–Monteith).")
var("Momentum flux", "Flux de quantité de mouvement", "surfaceFluxes", "kg/m/s2", "momentumFlux", "momentum",
    ctx="surface", alt_en=["TAU", "Surface stress", "Shear stress"], alt_fr=["Tension de surface du vent"],
    definition="Vertical turbulent flux of horizontal momentum (surface shear stress).")
var("Water vapour flux", "Flux de vapeur d'eau", "surfaceFluxes", "mmol/m2/s", "molarFlux", "waterVapour", ctx="surface",
    alt_en=["FH2O", "H2O flux"], alt_fr=["Flux de H2O"], definition="Turbulent water vapour flux, positive upward.")
var("Methane flux", "Flux de méthane", "surfaceFluxes", "nmol/m2/s", "molarFlux", "methane", ctx="surface",
    alt_en=["FCH4", "CH4 flux"], alt_fr=["Flux de CH4"], definition="Turbulent methane flux, positive upward.")
var("Pan evaporation", "Évaporation en bac", "surfaceFluxes", "mm", "waterDepthEquivalent", "water", ctx="pan",
    alt_en=["Evaporation", "Class A pan evaporation", "EPAN"], alt_fr=["Évaporation bac"],
    definition="Water evaporated from an evaporation pan over a period.")

# Soil water
var("Volumetric soil water content", "Teneur en eau volumique du sol", "soilWaterMeasurements", "m3/m3", "volumeFraction",
    "soilWater", matrix="soil",
    alt_en=["SWC", "VWC", "Soil moisture", "Soil water content", "Theta", "θ", "Volumetric water content", "SM", "Soil humidity"],
    alt_fr=["Humidité du sol", "Teneur en eau du sol", "HUM_SOL", "Humidité volumique du sol"],
    close=[cf("volume_fraction_of_condensed_water_in_soil")], simple_en="Soil water content", simple_fr="Teneur en eau du sol",
    definition="Volume of liquid water per volume of soil, measured e.g. by TDR or capacitance probes.")
var("Gravimetric soil water content", "Teneur en eau massique du sol", "soilWaterMeasurements", "g/g", "massFraction",
    "soilWater", matrix="soil", cons=["gravimetric"], alt_en=["GWC", "Gravimetric water content"], alt_fr=["Humidité pondérale"],
    definition="Mass of water per mass of dry soil.")
var("Soil water potential", "Potentiel hydrique du sol", "soilWaterMeasurements", "kPa", "waterPotential", "soilWater",
    matrix="soil", cons=["matric"], alt_en=["SWP", "Matric potential", "Soil matric potential", "Soil water tension", "Soil suction", "Tension"],
    alt_fr=["Potentiel matriciel", "Tension de l'eau du sol", "Succion"],
    definition="Energy state of soil water relative to free water, measured by tensiometers or matric sensors.")
var("Soil dielectric permittivity", "Permittivité diélectrique du sol", "soilWaterMeasurements", "1", "permittivity",
    "soil", alt_en=["Permittivity", "Ka", "Apparent permittivity", "Dielectric constant"], alt_fr=["Constante diélectrique"],
    definition="Apparent relative dielectric permittivity of the soil, from which water content is derived.")
var("Soil water storage", "Stock d'eau du sol", "soilWaterMeasurements", "mm", "storage", "soilWater", matrix="soil",
    alt_en=["Soil water stock", "Profile water storage"], alt_fr=["Réserve en eau du sol"],
    definition="Water held in a soil profile, in water depth.")
var("Soil bulk electrical conductivity", "Conductivité électrique apparente du sol", "soilWaterMeasurements", "dS/m",
    "electricalConductivity", "soil", alt_en=["EC_bulk", "ECb", "Bulk EC", "Soil EC", "Soil electrical conductivity"],
    alt_fr=["Conductivité du sol"], definition="Electrical conductivity of the bulk soil (solid, water and air).")
var("Soil pore water electrical conductivity", "Conductivité électrique de l'eau porale du sol", "soilWaterMeasurements",
    "dS/m", "electricalConductivity", "soilPoreWater", matrix="soil", alt_en=["ECp", "Pore water EC"],
    alt_fr=["Conductivité de l'eau porale"], definition="Electrical conductivity of the soil solution.")
var("Drainage", "Drainage", "soilWaterMeasurements", "mm", "amount", "drainageWater", ctx="lysimeter",
    alt_en=["Lysimeter drainage", "Deep drainage", "Percolation"], alt_fr=["Drainage profond", "Percolation"],
    definition="Water leaving the bottom of a soil column or lysimeter over a period.")
var("Lysimeter mass", "Masse du lysimètre", "soilWaterMeasurements", "kg", "mass", "lysimeter",
    alt_en=["Lysimeter weight"], alt_fr=["Poids du lysimètre"], definition="Total mass of a weighing lysimeter.")
var("Infiltration rate", "Vitesse d'infiltration", "soilWaterMeasurements", "mm/h", "rate", "water", ctx="soil",
    alt_en=["Infiltration", "Infiltration capacity"], alt_fr=["Infiltration", "Taux d'infiltration"],
    definition="Rate at which water enters the soil surface.")

# Soil thermal
var("Soil temperature", "Température du sol", "soilThermalMeasurements", "°C", "temperature", "soil",
    alt_en=["TS", "Tsoil", "T_soil", "Soil temp", "Ground temperature", "ST"], alt_fr=["Tsol", "T sol", "Température du sol"],
    exact=[cf("soil_temperature")], definition="Temperature of the soil at a given depth.")
var("Soil heat flux", "Flux de chaleur dans le sol", "soilThermalMeasurements", "W/m2", "heatFlux", "soil",
    alt_en=["G", "SHF", "Ground heat flux", "G_flux", "Soil heat flux density"], alt_fr=["Flux de chaleur du sol", "Flux géothermique de surface"],
    exact=[cf("downward_heat_flux_in_soil")], definition="Conductive heat flux in the soil, positive downward.")
var("Soil thermal conductivity", "Conductivité thermique du sol", "soilThermalMeasurements", "W/m/K", "thermalConductivity",
    "soil", alt_en=["Thermal conductivity", "Lambda soil"], alt_fr=["Conductivité thermique"],
    definition="Ability of the soil to conduct heat.")
var("Frost depth", "Profondeur de gel", "soilThermalMeasurements", "cm", "depth", "frost", ctx="soil",
    alt_en=["Frozen soil depth", "Frost penetration depth"], alt_fr=["Profondeur du sol gelé"],
    definition="Depth of the frozen soil layer below the surface.")
var("Soil surface temperature", "Température de surface du sol", "soilThermalMeasurements", "°C", "temperature", "soil",
    ctx="surface", alt_en=["Tsurf soil", "Soil skin temperature"], alt_fr=["Température superficielle du sol"],
    definition="Temperature of the top millimetres of the soil.")

# Soil chemistry
var("Soil pH", "pH du sol", "soilChemistry", "1", "pH", "soil", alt_en=["pH soil", "Soil acidity"], alt_fr=["pH sol", "Acidité du sol"],
    definition="pH of a soil suspension in water.")
var("Soil organic carbon content", "Teneur en carbone organique du sol", "soilChemistry", "g/kg", "content",
    "organicCarbon", matrix="soil", alt_en=["SOC", "Organic carbon", "Soil organic carbon"], alt_fr=["COS", "Carbone organique du sol"],
    definition="Mass of organic carbon per mass of dry soil.")
var("Soil CO2 concentration", "Concentration en CO2 dans le sol", "soilChemistry", "µmol/mol", "moleFraction",
    "carbonDioxide", matrix="soil", alt_en=["Soil CO2", "CO2 soil", "Soil air CO2"], alt_fr=["CO2 du sol"],
    definition="CO2 mole fraction in the soil air.")
var("Soil respiration", "Respiration du sol", "soilChemistry", "µmol/m2/s", "molarFlux", "carbonDioxide", ctx="soil",
    alt_en=["Soil CO2 efflux", "Rsoil", "Soil CO2 flux", "SR"], alt_fr=["Efflux de CO2 du sol", "Flux de CO2 du sol"],
    definition="CO2 flux from the soil surface to the atmosphere.")
var("Soil oxygen concentration", "Concentration en oxygène dans le sol", "soilChemistry", "%", "moleFraction", "oxygen",
    matrix="soil", alt_en=["Soil O2", "O2 soil"], alt_fr=["O2 du sol"], definition="Oxygen mole fraction in the soil air.")
var("Soil nitrate content", "Teneur en nitrate du sol", "soilChemistry", "mg/kg", "content", "nitrate", matrix="soil",
    alt_en=["Soil NO3", "Soil nitrate"], alt_fr=["Nitrate du sol"], definition="Mass of nitrate per mass of dry soil.")

# Hydrology
var("River discharge", "Débit de la rivière", "hydrologicalMeasurements", "m3/s", "volumetricFlowRate", "river",
    alt_en=["Q", "Discharge", "Streamflow", "Stream discharge", "Flow rate", "Flow", "Runoff discharge", "Qj", "Debit"],
    alt_fr=["Débit", "Débit du cours d'eau", "Débit de rivière", "Écoulement"],
    exact=[cf("water_volume_transport_in_river_channel")], simple_en="Discharge", simple_fr="Débit",
    definition="Volume of water passing a river cross-section per unit time.", modified="2026-11-22")
var("Water level", "Hauteur d'eau", "hydrologicalMeasurements", "m", "level", "water", ctx="river",
    alt_en=["Stage", "Gauge height", "River stage", "Water height", "WL", "Level", "H", "River level", "Stream stage"],
    alt_fr=["Niveau d'eau", "Hauteur d'eau de la rivière", "Limnimétrie", "Cote", "Hauteur limnimétrique"],
    definition="Height of the water surface above a gauge datum.")
var("Groundwater level", "Niveau piézométrique", "hydrologicalMeasurements", "m", "level", "watertable", matrix="aquifer",
    alt_en=["Piezometric level", "GWL", "Hydraulic head", "Piezometric head", "Water table elevation", "Piezometry", "Groundwater head"],
    alt_fr=["Niveau de nappe", "Piézométrie", "Niveau de la nappe", "Charge hydraulique", "Cote piézométrique"],
    definition="Elevation of the water table or piezometric surface of an aquifer above a datum.")
var("Depth to groundwater", "Profondeur de la nappe", "hydrologicalMeasurements", "m", "depth", "watertable",
    cons=["belowGround"], alt_en=["Water table depth", "DTW", "Depth to water", "Depth to water table"],
    alt_fr=["Profondeur de nappe", "Profondeur de l'eau"], definition="Depth of the water table below the ground surface.")
var("Specific discharge", "Débit spécifique", "hydrologicalMeasurements", "L/s/km2", "areaSpecificFlowRate", "river",
    alt_en=["Specific runoff", "Unit discharge"], alt_fr=["Débit surfacique"], definition="River discharge per unit catchment area.")
var("Flow velocity", "Vitesse d'écoulement", "hydrologicalMeasurements", "m/s", "speed", "water", ctx="river",
    alt_en=["Stream velocity", "Current velocity", "Water velocity"], alt_fr=["Vitesse du courant", "Vitesse de l'eau"],
    definition="Mean velocity of the water in a river cross-section.")
var("Spring discharge", "Débit de source", "hydrologicalMeasurements", "L/s", "volumetricFlowRate", "spring",
    alt_en=["Spring flow", "Karst spring discharge"], alt_fr=["Débit de la source"], definition="Volume of water flowing out of a spring per unit time.")
var("Lake water level", "Niveau du lac", "hydrologicalMeasurements", "m", "level", "water", ctx="lake",
    alt_en=["Lake level", "Lake stage"], alt_fr=["Cote du lac", "Niveau de lac"], definition="Elevation of a lake's water surface.")
var("Surface runoff", "Ruissellement de surface", "hydrologicalMeasurements", "mm", "waterDepthEquivalent", "runoff",
    alt_en=["Runoff", "Overland flow"], alt_fr=["Ruissellement"], exact=[cf("surface_runoff_amount")],
    definition="Water flowing over the land surface over a period, in water depth.")
var("Suspended sediment flux", "Flux de matières en suspension", "hydrologicalMeasurements", "kg/s", "massFlowRate",
    "suspendedSediment", matrix="streamWater", alt_en=["Sediment flux", "Sediment load", "Suspended load"],
    alt_fr=["Flux de MES", "Flux sédimentaire"], definition="Mass of suspended sediment transported by a river per unit time.")
var("Pumping rate", "Débit de pompage", "hydrologicalMeasurements", "m3/h", "volumetricFlowRate", "water", ctx="well",
    alt_en=["Well pumping rate", "Abstraction rate"], alt_fr=["Débit de prélèvement"], definition="Volume of water pumped from a well per unit time.")
var("Catchment runoff depth", "Lame d'eau écoulée", "hydrologicalMeasurements", "mm", "waterDepthEquivalent", "river",
    alt_en=["Runoff depth", "Specific runoff depth"], alt_fr=["Lame écoulée"], definition="River discharge over a period divided by catchment area.")

# Snow and ice
var("Snow depth", "Hauteur de neige", "snowAndIce", "m", "thickness", "snowpack",
    alt_en=["HS", "Snow height", "Snow thickness", "SD"], alt_fr=["Épaisseur de neige", "Hauteur du manteau neigeux"],
    exact=[cf("surface_snow_thickness")], definition="Total depth of the snowpack on the ground.")
var("Snow water equivalent", "Équivalent en eau de la neige", "snowAndIce", "mm", "waterDepthEquivalent", "snowpack",
    alt_en=["SWE", "Snow water content"], alt_fr=["EEN", "Équivalent en eau du manteau neigeux"],
    close=[cf("surface_snow_amount")], definition="Depth of water that would result from melting the snowpack.")
var("Snow density", "Masse volumique de la neige", "snowAndIce", "kg/m3", "density", "snowpack",
    alt_en=["Snowpack density"], alt_fr=["Densité de la neige"], definition="Mass per unit volume of the snowpack.")
var("Snow surface temperature", "Température de surface de la neige", "snowAndIce", "°C", "temperature", "snowSurface",
    alt_en=["TSS", "Snow temperature"], alt_fr=["Température de la neige"], definition="Temperature of the snow surface.")
var("Snow cover fraction", "Fraction d'enneigement", "snowAndIce", "%", "areaFraction", "snowpack",
    alt_en=["Snow cover", "SCF", "Fractional snow cover"], alt_fr=["Couverture neigeuse", "Enneigement"],
    definition="Fraction of an area covered by snow.")

# Stream water chemistry and physico-chemistry
var("Stream water temperature", "Température de l'eau de la rivière", "streamWaterChemistry", "°C", "temperature",
    "streamWater", alt_en=["Water temperature", "Tw", "Twater", "T_water", "River temperature", "Stream temperature", "Water temp"],
    alt_fr=["Température de l'eau", "Teau", "T eau", "Température de la rivière"],
    simple_en="Water temperature", simple_fr="Température de l'eau", definition="Temperature of the water of a stream or river.")
var("Stream water pH", "pH de l'eau de rivière", "streamWaterChemistry", "1", "pH", "streamWater",
    alt_en=["pH", "Water pH", "River pH", "pH_water"], alt_fr=["pH de l'eau", "pH rivière"], simple_en="pH", simple_fr="pH",
    close=[cf("sea_water_ph_reported_on_total_scale")], definition="pH of stream water.")
var("Stream water electrical conductivity", "Conductivité électrique de l'eau de rivière", "streamWaterChemistry", "µS/cm",
    "electricalConductivity", "streamWater",
    alt_en=["Electrical conductivity", "EC", "Conductivity", "Specific conductance", "Cond", "SpC", "EC25", "Specific conductivity"],
    alt_fr=["Conductivité électrique", "Conductivité", "Conductivité de l'eau", "CE"],
    simple_en="Electrical conductivity", simple_fr="Conductivité électrique",
    definition="Electrical conductivity of stream water, usually referenced to 25 °C.")
var("Stream water dissolved oxygen concentration", "Concentration en oxygène dissous de l'eau de rivière",
    "streamWaterChemistry", "mg/L", "massConcentration", "dissolvedOxygen", matrix="streamWater",
    alt_en=["Dissolved oxygen", "DO", "O2", "Oxygen concentration"], alt_fr=["Oxygène dissous", "O2 dissous"],
    simple_en="Dissolved oxygen", simple_fr="Oxygène dissous", definition="Mass concentration of dissolved oxygen in stream water.")
var("Stream water dissolved oxygen saturation", "Saturation en oxygène dissous de l'eau de rivière", "streamWaterChemistry",
    "%", "saturation", "dissolvedOxygen", matrix="streamWater", cons=["atSaturation"],
    alt_en=["DO saturation", "Oxygen saturation", "DO%", "O2 saturation"], alt_fr=["Saturation en oxygène", "Taux de saturation en oxygène"],
    definition="Dissolved oxygen relative to its saturation concentration.")
var("Turbidity", "Turbidité", "streamWaterChemistry", "NTU", "turbidity", "streamWater",
    alt_en=["Turb", "Water turbidity", "TURB"], alt_fr=["Turbidité de l'eau"], definition="Cloudiness of stream water, by nephelometry.")
var("Dissolved organic carbon concentration", "Concentration en carbone organique dissous", "streamWaterChemistry", "mg/L",
    "massConcentration", "dissolvedOrganicCarbon", matrix="streamWater", alt_en=["DOC", "Dissolved organic carbon"],
    alt_fr=["COD", "Carbone organique dissous"], definition="Mass concentration of dissolved organic carbon in stream water.")
var("Suspended sediment concentration", "Concentration en matières en suspension", "streamWaterChemistry", "mg/L",
    "massConcentration", "suspendedSediment", matrix="streamWater", alt_en=["SSC", "TSS", "Total suspended solids", "Suspended solids"],
    alt_fr=["MES", "Matières en suspension"], definition="Mass of suspended sediment per volume of stream water.")
var("Chlorophyll a concentration", "Concentration en chlorophylle a", "streamWaterChemistry", "µg/L", "massConcentration",
    "chlorophyllA", matrix="streamWater", alt_en=["Chl-a", "Chlorophyll", "CHLA"], alt_fr=["Chlorophylle"],
    definition="Mass concentration of chlorophyll a in stream water.")
var("Total phosphorus concentration", "Concentration en phosphore total", "streamWaterChemistry", "mg/L", "massConcentration",
    "totalPhosphorus", matrix="streamWater", alt_en=["TP", "Total phosphorus", "Ptot"], alt_fr=["Phosphore total"],
    definition="Mass concentration of total phosphorus in stream water.")
var("Total nitrogen concentration", "Concentration en azote total", "streamWaterChemistry", "mg/L", "massConcentration",
    "totalNitrogen", matrix="streamWater", alt_en=["TN", "Total nitrogen", "Ntot"], alt_fr=["Azote total"],
    definition="Mass concentration of total nitrogen in stream water.")

# Groundwater physico-chemistry
var("Groundwater temperature", "Température de l'eau souterraine", "groundwaterPhysicoChemistry", "°C", "temperature",
    "groundwater", alt_en=["GW temperature", "Aquifer temperature", "Well water temperature"], alt_fr=["Température de la nappe"],
    definition="Temperature of groundwater in a well or piezometer.")
var("Groundwater pH", "pH de l'eau souterraine", "groundwaterPhysicoChemistry", "1", "pH", "groundwater",
    alt_en=["GW pH"], alt_fr=["pH de la nappe"], definition="pH of groundwater.")
var("Groundwater electrical conductivity", "Conductivité électrique de l'eau souterraine", "groundwaterPhysicoChemistry",
    "µS/cm", "electricalConductivity", "groundwater", alt_en=["GW EC", "GW conductivity"], alt_fr=["Conductivité de la nappe"],
    definition="Electrical conductivity of groundwater, usually referenced to 25 °C.")
var("Groundwater dissolved oxygen concentration", "Concentration en oxygène dissous de l'eau souterraine",
    "groundwaterPhysicoChemistry", "mg/L", "massConcentration", "dissolvedOxygen", matrix="groundwater",
    alt_en=["GW dissolved oxygen", "GW DO"], alt_fr=["Oxygène dissous de la nappe"],
    definition="Mass concentration of dissolved oxygen in groundwater.")
var("Groundwater redox potential", "Potentiel redox de l'eau souterraine", "groundwaterPhysicoChemistry", "mV",
    "redoxPotential", "groundwater", alt_en=["Redox potential", "ORP", "Eh"], alt_fr=["Potentiel redox", "Potentiel d'oxydoréduction"],
    definition="Oxidation-reduction potential of groundwater.")

# Major ions, per water body: the ion is the object of interest, the water the matrix.
IONS = [
    ("calcium", "Calcium", "calcium", ["Ca", "Ca2+", "Calcium"], ["Calcium"]),
    ("magnesium", "Magnesium", "magnésium", ["Mg", "Mg2+", "Magnesium"], ["Magnésium"]),
    ("sodium", "Sodium", "sodium", ["Na", "Na+", "Sodium"], ["Sodium"]),
    ("potassium", "Potassium", "potassium", ["K", "K+", "Potassium"], ["Potassium"]),
    ("chloride", "Chloride", "chlorure", ["Cl", "Cl-", "Chloride"], ["Chlorure", "Chlorures"]),
    ("sulfate", "Sulfate", "sulfate", ["SO4", "SO42-", "Sulfate", "Sulphate"], ["Sulfates"]),
    ("nitrate", "Nitrate", "nitrate", ["NO3", "NO3-", "Nitrate", "Nitrates"], ["Nitrates"]),
    ("bicarbonate", "Bicarbonate", "bicarbonate", ["HCO3", "HCO3-", "Bicarbonate", "Hydrogencarbonate"], ["Hydrogénocarbonate", "Bicarbonates"]),
    ("ammonium", "Ammonium", "ammonium", ["NH4", "NH4+", "Ammonium"], ["Ammonium"]),
    ("phosphate", "Phosphate", "phosphate", ["PO4", "PO43-", "Orthophosphate"], ["Orthophosphates"]),
    ("silica", "Dissolved silica", "silice dissoute", ["SiO2", "Silica", "Si"], ["Silice"]),
]
MAJOR = {"calcium", "magnesium", "sodium", "potassium", "chloride", "sulfate", "nitrate", "bicarbonate"}
WATERS = [
    ("streamWater", "stream water", "l'eau de rivière", "streamWaterChemistry", set(k for k, *_ in IONS)),
    ("groundwater", "groundwater", "l'eau souterraine", "groundwaterMajorIons", MAJOR),
    ("rainwater", "rainwater", "l'eau de pluie", "precipitationChemistry", MAJOR - {"bicarbonate"} | {"ammonium"}),
]
for water, water_en, water_fr, category, ions in WATERS:
    for key, ion_en, ion_fr, symbols, alt_fr in IONS:
        if key not in ions:
            continue
        en = f"{ion_en} concentration in {water_en}"
        fr = f"Concentration en {ion_fr} de {water_fr}"
        var(en, fr, category, "mg/L", "massConcentration", key, matrix=water, cons=["dissolved"],
            alt_en=[f"{ion_en} concentration", f"Dissolved {ion_en.lower()}"] + [f"{s} concentration" for s in symbols[:1]] + symbols,
            alt_fr=[f"Concentration en {ion_fr}", f"Teneur en {ion_fr}"] + alt_fr,
            simple_en=f"{ion_en} concentration", simple_fr=f"Concentration en {ion_fr}",
            definition=f"Mass concentration of dissolved {ion_en.lower()} in {water_en}.")

var("Rainwater pH", "pH de l'eau de pluie", "precipitationChemistry", "1", "pH", "rainwater",
    alt_en=["Rain pH", "Precipitation pH"], alt_fr=["pH de la pluie"], definition="pH of precipitation samples.")
var("Rainwater electrical conductivity", "Conductivité électrique de l'eau de pluie", "precipitationChemistry", "µS/cm",
    "electricalConductivity", "rainwater", alt_en=["Rain EC", "Precipitation conductivity"], alt_fr=["Conductivité de la pluie"],
    definition="Electrical conductivity of precipitation samples.")

# Vegetation
var("Leaf area index", "Indice de surface foliaire", "vegetation", "m2/m2", "areaIndex", "leaf", ctx="canopy",
    alt_en=["LAI"], alt_fr=["ISF", "LAI"], exact=[cf("leaf_area_index")], definition="One-sided leaf area per unit ground area.")
var("Normalized difference vegetation index", "Indice de végétation par différence normalisée", "vegetation", "1",
    "vegetationIndex", "vegetation", alt_en=["NDVI"], alt_fr=["NDVI"], close=[cf("normalized_difference_vegetation_index")],
    definition="(NIR − red) / (NIR + red) reflectance of the vegetation.")
var("Sap flow density", "Densité de flux de sève", "vegetation", "cm3/cm2/h", "fluxDensity", "sap", ctx="stem",
    alt_en=["Sap flow", "Sap flux density", "SFD", "Js"], alt_fr=["Flux de sève"], definition="Volume of sap flowing per unit sapwood area and time.")
var("Stem diameter variation", "Variation du diamètre du tronc", "vegetation", "mm", "diameterVariation", "stem",
    alt_en=["Dendrometer", "Stem radius change", "SDV"], alt_fr=["Dendrométrie", "Variation de circonférence"],
    definition="Change in tree stem diameter measured by a point or band dendrometer.")
var("Canopy height", "Hauteur de la canopée", "vegetation", "m", "height", "canopy", alt_en=["Vegetation height", "HC"],
    alt_fr=["Hauteur du couvert"], exact=[cf("canopy_height")], definition="Height of the top of the vegetation canopy.")
var("Leaf wetness", "Humectation foliaire", "vegetation", "%", "wetness", "leaf", alt_en=["Leaf wetness duration", "LWS"],
    alt_fr=["Mouillure des feuilles"], definition="Fraction of time or of sensor surface wetted by water.")
var("Aboveground biomass", "Biomasse aérienne", "vegetation", "kg/m2", "arealDensity", "abovegroundBiomass",
    alt_en=["AGB", "Biomass"], alt_fr=["Biomasse"], definition="Dry mass of living vegetation above the ground per unit area.")
var("Leaf water potential", "Potentiel hydrique foliaire", "vegetation", "MPa", "waterPotential", "leaf",
    alt_en=["LWP", "Ψleaf"], alt_fr=["Potentiel hydrique des feuilles"], definition="Water potential of leaves, e.g. by pressure chamber.")
var("Canopy temperature", "Température de la canopée", "vegetation", "°C", "temperature", "canopy",
    alt_en=["Tcanopy", "Leaf temperature", "T_canopy"], alt_fr=["Température du couvert"],
    definition="Radiative temperature of the vegetation canopy.")

# ---------------------------------------------------------------- output
PREFIXES = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix iadopt: <https://w3id.org/iadopt/ont/> .
@prefix theia: <https://w3id.org/ozcar-theia/> .
"""


def main():
    out = [f"# OZCAR-Theia seed thesaurus: generated by thesaurus/tools/generate_seed_vocabulary.py — do not edit by hand.",
           "# Licence CC BY 4.0. Variable IRIs are frozen once published.", PREFIXES]
    iris = [v["iri"] for v in VARIABLES] + [d["iri"] for d in DEPRECATED] + [opaque(f"{k[0]}:{k[1]}") for k in
                                                                             [(c[0], c[1]) for c in COMPONENTS.values()]]
    assert len(iris) == len(set(iris)), "IRI collision"
    tops = [k for k, c in CATEGORIES.items() if c[2] is None]
    out.append(f"""theia:ozcarTheiaThesaurus a skos:ConceptScheme ;
    dcterms:title "OZCAR-Theia thesaurus"@en , "Thésaurus OZCAR-Theia"@fr ;
    skos:prefLabel "OZCAR-Theia thesaurus"@en , "Thésaurus OZCAR-Theia"@fr ;
    dcterms:description "Variables measured in French critical-zone observatories (OZCAR) and served by the Theia land data hub, decomposed with I-ADOPT."@en ;
    dcterms:license <https://creativecommons.org/licenses/by/4.0/> ;
    dcterms:created "{CREATED}"^^xsd:date ;
    skos:hasTopConcept {", ".join("theia:" + t for t in tops)} .

theia:CategoryOfVariable a owl:Class ;
    rdfs:subClassOf skos:Concept ;
    rdfs:label "Category of variable"@en , "Catégorie de variable"@fr .

theia:simplifiedLabel a owl:DatatypeProperty ;
    rdfs:subPropertyOf skos:altLabel ;
    rdfs:label "simplified label"@en , "libellé simplifié"@fr ;
    rdfs:comment "The short name of a variable shown in the portal."@en .

theia:unit a owl:DatatypeProperty ;
    rdfs:label "unit"@en , "unité"@fr ;
    rdfs:comment "The unit symbol in which the variable is usually reported (UCUM-like symbol, e.g. °C, W/m2, m3/s)."@en .

theia:variableCategoriesGroup a skos:Collection ;
    skos:prefLabel "Variable categories"@en , "Catégories de variables"@fr ;
    skos:member {", ".join("theia:" + k for k in CATEGORIES)} .

theia:variableGroup a skos:Collection ;
    skos:prefLabel "Variables"@en , "Variables"@fr ;
    skos:member {", ".join("theia:" + v["iri"] for v in VARIABLES)} .

theia:variableComponentsGroup a skos:Collection ;
    skos:prefLabel "Variable components (I-ADOPT)"@en , "Composants de variables (I-ADOPT)"@fr ;
    skos:member {", ".join("theia:" + opaque(f"{c[0]}:{c[1]}") for c in COMPONENTS.values())} .
""")
    narrower = {}
    for key, (_, _, parent) in CATEGORIES.items():
        if parent:
            narrower.setdefault(parent, []).append("theia:" + key)
    for v in VARIABLES:
        narrower.setdefault(v["cat"], []).append("theia:" + v["iri"])
    for key, (en, fr, parent) in CATEGORIES.items():
        lines = [f"theia:{key} a skos:Concept , theia:CategoryOfVariable ;",
                 f"    skos:inScheme theia:ozcarTheiaThesaurus ;",
                 f"    skos:prefLabel {lit(en, 'en')} , {lit(fr, 'fr')} ;",
                 f"    dcterms:created \"{CREATED}\"^^xsd:date ;"]
        lines.append(f"    skos:broader theia:{parent} ;" if parent else "    skos:topConceptOf theia:ozcarTheiaThesaurus ;")
        if key in narrower:
            lines.append(f"    skos:narrower {', '.join(narrower[key])} ;")
        out.append("\n".join(lines)[:-2] + " .\n")
    for key, (kind, en, fr) in COMPONENTS.items():
        iri = opaque(f"{kind}:{en}")
        out.append(f"""theia:{iri} a skos:Concept , iadopt:{kind} ;
    skos:inScheme theia:ozcarTheiaThesaurus ;
    skos:prefLabel {lit(en, 'en')} , {lit(fr, 'fr')} ;
    dcterms:created "{CREATED}"^^xsd:date .
""")

    def comp(key):
        kind, en, _ = COMPONENTS[key]
        return "theia:" + opaque(f"{kind}:{en}")

    for v in VARIABLES:
        lines = [f"theia:{v['iri']} a skos:Concept , iadopt:Variable ;",
                 "    skos:inScheme theia:ozcarTheiaThesaurus ;",
                 f"    skos:prefLabel {lit(v['en'], 'en')} , {lit(v['fr'], 'fr')} ;",
                 f"    theia:simplifiedLabel {lit(v['simple_en'], 'en')} , {lit(v['simple_fr'], 'fr')} ;"]
        alts = [lit(a, "en") for a in dict.fromkeys(v["alt_en"]) if a != v["en"]] + \
               [lit(a, "fr") for a in dict.fromkeys(v["alt_fr"]) if a != v["fr"]]
        if alts:
            lines.append(f"    skos:altLabel {' , '.join(alts)} ;")
        lines.append(f"    skos:definition {lit(v['definition'], 'en')} ;")
        lines.append(f"    theia:unit {lit(v['unit'])} ;")
        lines.append(f"    skos:broader theia:{v['cat']} ;")
        lines.append(f"    iadopt:hasProperty {comp(v['prop'])} ;")
        lines.append(f"    iadopt:hasObjectOfInterest {comp(v['ooi'])} ;")
        if v["matrix"]:
            lines.append(f"    iadopt:hasMatrix {comp(v['matrix'])} ;")
        if v["ctx"]:
            lines.append(f"    iadopt:hasContextObject {comp(v['ctx'])} ;")
        for c in v["cons"]:
            lines.append(f"    iadopt:hasConstraint {comp(c)} ;")
        if v["stat"]:
            lines.append(f"    iadopt:hasStatisticalModifier {comp(v['stat'])} ;")
        for m in v["exact"]:
            lines.append(f"    skos:exactMatch <{m}> ;")
        for m in v["close"]:
            lines.append(f"    skos:closeMatch <{m}> ;")
        lines.append(f"    dcterms:created \"{CREATED}\"^^xsd:date ;")
        if v["modified"]:
            lines.append(f"    dcterms:modified \"{v['modified']}\"^^xsd:date ;")
        out.append("\n".join(lines)[:-2] + " .\n")
    for d in DEPRECATED:
        alts = [lit(a, "en") for a in d["alt_en"]] + [lit(a, "fr") for a in d["alt_fr"]]
        lines = [f"theia:{d['iri']} a skos:Concept , iadopt:Variable ;",
                 "    skos:inScheme theia:ozcarTheiaThesaurus ;",
                 f"    skos:prefLabel {lit(d['en'], 'en')} , {lit(d['fr'], 'fr')} ;"]
        if alts:
            lines.append(f"    skos:altLabel {' , '.join(alts)} ;")
        lines += ["    owl:deprecated true ;",
                  f"    dcterms:isReplacedBy theia:{d['replaced']} ;",
                  f"    skos:changeNote \"Deprecated: use the replacing concept.\"@en ;",
                  f"    dcterms:created \"{CREATED}\"^^xsd:date ;",
                  "    dcterms:modified \"2026-11-22\"^^xsd:date ."]
        out.append("\n".join(lines) + "\n")
    print("\n".join(out))
    import sys
    print(f"{len(VARIABLES)} variables, {len(DEPRECATED)} deprecated, {len(COMPONENTS)} components, "
          f"{len(CATEGORIES)} categories", file=sys.stderr)


main()
