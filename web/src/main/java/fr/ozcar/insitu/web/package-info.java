/** The Micronaut application: wiring, controllers, CLI and portal. */
package fr.ozcar.insitu.web;
