package fr.ozcar.insitu.core.deposit;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The CATC deposit with a large air temperature series (10-minute steps from 2000), streamed straight
 * into the zip: large deposits for the tests that must not fit in memory.
 */
final class GeneratedDeposit {

    private GeneratedDeposit() {
    }

    static Path write(Path scratch, long airTemperatureRows) {
        Path folder = DepositFixture.copyOfCatc(scratch);
        Path zip = scratch.resolve("CATC-large-" + System.nanoTime() + ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("CATC_en.json"));
            out.write(Files.readAllBytes(folder.resolve("CATC_en.json")));
            out.closeEntry();
            for (String dataset : new String[] {"CATC_DAT_Meteo", "CATC_DAT_River"}) {
                out.putNextEntry(new ZipEntry(dataset + ".zip"));
                try (ZipOutputStream inner = new ZipOutputStream(new NonClosing(out));
                     Stream<Path> files = Files.list(folder.resolve(dataset))) {
                    for (Path file : files.sorted().toList()) {
                        inner.putNextEntry(new ZipEntry(file.getFileName().toString()));
                        if (file.getFileName().toString().equals("CATC_OBS_AirTemp_Upper.txt")) {
                            writeAirTemperature(inner, airTemperatureRows);
                        } else {
                            inner.write(Files.readAllBytes(file));
                        }
                        inner.closeEntry();
                    }
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip;
    }

    private static void writeAirTemperature(OutputStream out, long rows) throws IOException {
        StringBuilder text = new StringBuilder("#Date_of_extraction;2024-04-30T00:00:00Z;\n"
                + "#Observation_ID;CATC_OBS_AirTemp_Upper;\n"
                + "#Dataset_title;Meteorological station of the upper catchment;\n"
                + "#Variable_name;Air Temperature at height 2 m;\n"
                + "date_begin;date_end;latitude;longitude;altitude;value;qualityFlags;\n");
        long start = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
        DateTimeFormatter iso = DateTimeFormatter.ISO_INSTANT;
        for (long i = 0; i < rows; i++) {
            String begin = iso.format(Instant.ofEpochSecond(start + i * 600));
            String end = iso.format(Instant.ofEpochSecond(start + (i + 1) * 600));
            double value = Math.round(1000 * (12 + 8 * Math.sin(i / 144.0 * 2 * Math.PI))) / 100.0;
            text.append(begin).append(';').append(end).append(";43.2312;1.718;414;")
                    .append(i % 997 == 0 ? "-9999.9" : Double.toString(value)).append(i % 50 == 0 ? ";4;\n" : ";1;\n");
            if (text.length() > 1 << 16) {
                out.write(text.toString().getBytes(StandardCharsets.US_ASCII));
                text.setLength(0);
            }
        }
        out.write(text.toString().getBytes(StandardCharsets.US_ASCII));
    }

    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
