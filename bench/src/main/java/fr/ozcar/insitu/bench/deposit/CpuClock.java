package fr.ozcar.insitu.bench.deposit;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time spent by one PostgreSQL server (its postmaster and children, exited backends included
 * through the postmaster's children time, read from /proc) and by this JVM, between start and now.
 * On a shared machine wall-clock time depends on the neighbours; CPU time much less.
 */
final class CpuClock {

    private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private final long postmaster;
    private final double serverStart;
    private final double clientStart;

    private CpuClock(long postmaster) {
        this.postmaster = postmaster;
        this.serverStart = serverTotal(postmaster);
        this.clientStart = jvmSeconds();
    }

    /** @param postmaster the server's postmaster process id (the parent of any of its backends) */
    static CpuClock start(long postmaster) {
        return new CpuClock(postmaster);
    }

    /** The postmaster of a backend process. */
    static long parentOf(long backend) {
        try {
            return Long.parseLong(fields(Path.of("/proc", Long.toString(backend)))[1]);
        } catch (IOException e) {
            return -1;
        }
    }

    double serverSeconds() {
        return serverTotal(postmaster) - serverStart;
    }

    double clientSeconds() {
        return jvmSeconds() - clientStart;
    }

    private static double jvmSeconds() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : 0;
    }

    private static double serverTotal(long postmaster) {
        long ticks = 0;
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                try {
                    String[] fields = fields(process);
                    boolean isPostmaster = process.getFileName().toString().equals(Long.toString(postmaster));
                    if (!isPostmaster && !fields[1].equals(Long.toString(postmaster))) {
                        continue;
                    }
                    // utime, stime (fields 14-15 of stat), and for the postmaster its reaped children's
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    if (isPostmaster) {
                        ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
                    }
                } catch (IOException | RuntimeException e) {
                    // the process ended while we read it: its time moved to the postmaster's children time
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** The fields of /proc/pid/stat after the command name: state, ppid, … (index 0 = field 3). */
    private static String[] fields(Path process) throws IOException {
        String stat = Files.readString(process.resolve("stat"));
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }
}
