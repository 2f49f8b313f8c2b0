package no.muni.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** CPU-side time spent per stage, summed over all worker threads. */
public final class StageTimes {

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    public StageTimes() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    public void add(Stage stage, long elapsedNanos) {
        nanos.get(stage).add(elapsedNanos);
    }

    public Map<String, Long> millis() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        nanos.forEach((stage, adder) -> out.put(stage.name().toLowerCase(java.util.Locale.ROOT), adder.sum() / 1_000_000));
        return out;
    }
}
