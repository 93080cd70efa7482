package fr.ozcar.insitu.core.demo;

/** The data constraint of a producer's datasets. */
public record DemoLicence(String accessUseConstraint, String urlDataPolicy, String title, String url) {

    static final DemoLicence ETALAB = new DemoLicence(
            "Free access and reuse, with attribution of the source and date of last update",
            "https://www.theia-land.fr/en/data-policy/", "Etalab Open Licence 2.0",
            "https://www.etalab.gouv.fr/wp-content/uploads/2018/11/open-licence.pdf");
    static final DemoLicence CC_BY = new DemoLicence(
            "Free access; cite the dataset and its producer in any publication",
            "https://www.theia-land.fr/en/data-policy/", "Creative Commons Attribution 4.0 International",
            "https://creativecommons.org/licenses/by/4.0/");
}
