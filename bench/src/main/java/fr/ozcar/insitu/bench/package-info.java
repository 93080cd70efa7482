/** Benchmarks: each one measures its raw PostgreSQL baseline in the same run and reports the ratio. */
package fr.ozcar.insitu.bench;
