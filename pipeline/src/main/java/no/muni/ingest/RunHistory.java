package no.muni.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import no.muni.index.DocumentIndex;

/**
 * The run reports of the embedded index, {@code <index>/runs/<startedAt>.json}: one per finished run. The file
 * name is the run's id; names sort in time order.
 */
public final class RunHistory implements RunLog {

    private static final DateTimeFormatter ID =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;

    private RunHistory(Path dir) {
        this.dir = dir;
    }

    public static RunHistory of(DocumentIndex index) {
        return new RunHistory(index.runsDir());
    }

    /** Writes a run's report; written whole or not at all, so a crash never leaves half a report. */
    RecordedRun record(RunReport report) {
        String id = ID.format(report.startedAt());
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(id + ".json.tmp");
            JSON.writeValue(tmp.toFile(), report);
            Files.move(tmp, dir.resolve(id + ".json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run report to " + dir, e);
        }
        return new RecordedRun(id, report);
    }

    @Override
    public List<RecordedRun> latestFirst(int limit) {
        List<RecordedRun> runs = new ArrayList<>();
        for (Path file : reportFiles()) {
            if (runs.size() == limit) {
                break;
            }
            read(file).ifPresent(runs::add);
        }
        return runs;
    }

    private List<Path> reportFiles() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the run reports in " + dir, e);
        }
    }

    /** A report that cannot be read (edited by hand, from an incompatible version) is left out. */
    private static Optional<RecordedRun> read(Path file) {
        String name = file.getFileName().toString();
        try {
            return Optional.of(new RecordedRun(name.substring(0, name.length() - ".json".length()),
                    JSON.readValue(file.toFile(), RunReport.class)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
