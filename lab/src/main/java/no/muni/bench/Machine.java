package no.muni.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Locale;

/** Where a benchmark ran: cores, RAM, JDK, date, and the load average (other work skews the figures). */
public record Machine(int cores, long ramBytes, String jdk, LocalDate date, double loadAverage) {

    static Machine current() {
        long ram = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : -1;
        return new Machine(Runtime.getRuntime().availableProcessors(), ram,
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
                LocalDate.now(), currentLoad());
    }

    public static double currentLoad() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    String describe() {
        return String.format(Locale.ROOT, "%d cores, %.1f GiB RAM, JDK %s, %s, load average %.2f at start",
                cores, ramBytes / (1024.0 * 1024 * 1024), jdk, date, loadAverage);
    }
}
