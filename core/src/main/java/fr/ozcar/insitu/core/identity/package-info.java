/**
 * Identities kept by insitu itself: local accounts, producers' deposit credentials, roles granted by an
 * administrator. Knows no HTTP: {@code web.security} turns a request's credentials into a
 * {@link fr.ozcar.insitu.core.access.Viewer} with these.
 */
package fr.ozcar.insitu.core.identity;
