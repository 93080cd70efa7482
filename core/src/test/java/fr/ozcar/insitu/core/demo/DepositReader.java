package fr.ozcar.insitu.core.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/** Reads a deposit zip the way an importer would: the metadata file, then every data file streamed. */
final class DepositReader {

    private final Path zip;

    DepositReader(Path zip) {
        this.zip = zip;
    }

    /** The outer zip's entry names, in order. */
    List<String> entryNames() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            file.stream().forEach(entry -> names.add(entry.getName()));
        }
        return names;
    }

    JsonNode metadata(String producerId) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(producerId + "_en.json");
            try (InputStream in = file.getInputStream(entry)) {
                return new ObjectMapper().readTree(in);
            }
        }
    }

    /** The data file names of each dataset zip. */
    Map<String, List<String>> dataFileNames() throws IOException {
        Map<String, List<String>> names = new LinkedHashMap<>();
        forEachDataFile((datasetZip, fileName, lines) -> names.computeIfAbsent(datasetZip, key -> new ArrayList<>()).add(fileName));
        return names;
    }

    /** The lines of one data file. */
    List<String> lines(String dataFileName) throws IOException {
        List<String> found = new ArrayList<>();
        forEachDataFile((datasetZip, fileName, reader) -> {
            if (fileName.equals(dataFileName)) {
                reader.lines().forEach(found::add);
            }
        });
        return found;
    }

    void forEachDataFile(DataFileVisitor visitor) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.getName().endsWith(".zip")) {
                    continue;
                }
                try (ZipInputStream dataset = new ZipInputStream(file.getInputStream(entry))) {
                    for (ZipEntry data = dataset.getNextEntry(); data != null; data = dataset.getNextEntry()) {
                        BufferedReader reader = new BufferedReader(new InputStreamReader(dataset, StandardCharsets.UTF_8));
                        visitor.visit(entry.getName(), data.getName(), reader);
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @FunctionalInterface
    interface DataFileVisitor {
        void visit(String datasetZip, String fileName, BufferedReader reader) throws IOException;
    }
}
