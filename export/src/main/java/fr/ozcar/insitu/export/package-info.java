/** See the module's pom for its one job. */
package fr.ozcar.insitu.export;
