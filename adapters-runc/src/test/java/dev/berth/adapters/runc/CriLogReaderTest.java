package dev.berth.adapters.runc;

import dev.berth.domain.runtime.LogEntry;
import dev.berth.domain.runtime.LogQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CriLogReaderTest {

    private static final LogQuery ALL = new LogQuery(true, true, null, null, LogQuery.ALL, false);

    @TempDir
    Path dir;

    private final CriLogReader reader = new CriLogReader();

    private Path log(String... lines) throws IOException {
        return Files.write(dir.resolve("c.log"), List.of(lines));
    }

    private List<String> read(Path log, LogQuery query) {
        List<String> out = new ArrayList<>();
        reader.read(log, query, () -> true, entry -> out.add(describe(entry)));
        return out;
    }

    private static String describe(LogEntry entry) {
        return entry.stream().name().toLowerCase() + ":" + new String(entry.content(), StandardCharsets.UTF_8);
    }

    @Test
    void fullEntriesGetTheirNewlineBackAndPartialOnesDoNot() throws IOException {
        Path log = log(
                "2026-11-24T10:01:23.882825737+00:00 stdout F out",
                "2026-11-24T10:01:23.886402649+00:00 stdout P part",
                "2026-11-24T10:01:23.886402650+00:00 stdout F ial",
                "2026-11-24T10:01:23.886443055+00:00 stderr F err with  spaces",
                "2026-11-24T10:01:23.886443056+00:00 stdout F ");

        assertEquals(List.of("stdout:out\n", "stdout:part", "stdout:ial\n", "stderr:err with  spaces\n",
                "stdout:\n"), read(log, ALL));
    }

    @Test
    void keepsTheNanosecondTimestamp() throws IOException {
        Path log = log("2026-11-24T10:01:23.882825737+00:00 stdout F out");
        List<LogEntry> entries = new ArrayList<>();
        reader.read(log, ALL, () -> true, entries::add);
        assertEquals(Instant.parse("2026-11-24T10:01:23.882825737Z"), entries.getFirst().time());
    }

    @Test
    void filtersStreams() throws IOException {
        Path log = log("2026-11-24T10:00:00Z stdout F a", "2026-11-24T10:00:01Z stderr F b");
        assertEquals(List.of("stderr:b\n"), read(log, new LogQuery(false, true, null, null, LogQuery.ALL, false)));
    }

    @Test
    void sinceAndUntilBoundTheTimes() throws IOException {
        Path log = log("2026-11-24T10:00:00Z stdout F a", "2026-11-24T10:00:01Z stdout F b",
                "2026-11-24T10:00:02Z stdout F c");
        LogQuery window = new LogQuery(true, true, Instant.parse("2026-11-24T10:00:01Z"),
                Instant.parse("2026-11-24T10:00:01.5Z"), LogQuery.ALL, false);
        assertEquals(List.of("stdout:b\n"), read(log, window));
    }

    @Test
    void tailKeepsTheLastEntriesAndZeroKeepsNone() throws IOException {
        Path log = log("2026-11-24T10:00:00Z stdout F a", "2026-11-24T10:00:01Z stderr F b",
                "2026-11-24T10:00:02Z stdout F c");
        assertEquals(List.of("stderr:b\n", "stdout:c\n"), read(log, new LogQuery(true, true, null, null, 2, false)));
        assertEquals(List.of("stdout:a\n", "stdout:c\n"), read(log, new LogQuery(true, false, null, null, 5, false)));
        assertEquals(List.of(), read(log, new LogQuery(true, true, null, null, 0, false)));
    }

    @Test
    void missingFileYieldsNothingEvenWhenFollowing() {
        assertEquals(List.of(), read(dir.resolve("absent.log"), new LogQuery(true, true, null, null, -1, true)));
    }

    @Test
    void skipsLinesThatAreNotCri() throws IOException {
        Path log = log("garbage", "2026-11-24T10:00:00Z stdin F x", "not-a-time stdout F y",
                "2026-11-24T10:00:00Z stdout F ok");
        assertEquals(List.of("stdout:ok\n"), read(log, ALL));
    }

    @Test
    void readsFiftyThousandLinesAndAMegabyteLine() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            lines.add("2026-11-24T10:00:00.000000001Z stdout F line " + i);
        }
        String big = "x".repeat(1 << 20);
        lines.add("2026-11-24T10:00:01Z stderr F " + big);
        Path log = Files.write(dir.resolve("big.log"), lines);

        List<LogEntry> entries = new ArrayList<>();
        reader.read(log, ALL, () -> true, entries::add);

        assertEquals(50_001, entries.size());
        assertArrayEquals("line 49999\n".getBytes(StandardCharsets.UTF_8), entries.get(49_999).content());
        assertEquals((1 << 20) + 1, entries.getLast().content().length);
        assertEquals(List.of("stdout:line 49999\n"), read(log, new LogQuery(true, false, null, null, 1, false)));
    }

    @Test
    void followDeliversAppendedEntriesUntilStoppedAndDrained() throws Exception {
        Path log = log("2026-11-24T10:00:00Z stdout F before");
        Following following = followAll(log);
        List<String> seen = following.seen();
        AtomicBoolean stopped = following.stopped();
        CompletableFuture<Void> reading = following.reading();
        try {
            awaitSize(seen, 1);
            // A line written in two pieces is delivered once complete.
            append(log, "2026-11-24T10:00:01Z stderr F aft");
            append(log, "er\n2026-11-24T10:00:02Z stdout F last\n");
        } finally {
            stopped.set(true);
        }

        reading.get(10, TimeUnit.SECONDS);
        assertEquals(List.of("stdout:before\n", "stderr:after\n", "stdout:last\n"), seen);
    }

    @Test
    void followEndsWhenTheSinkRefuses() throws Exception {
        Path log = log("2026-11-24T10:00:00Z stdout F one", "2026-11-24T10:00:01Z stdout F two");
        List<String> seen = new ArrayList<>();

        follow(() -> reader.read(log, new LogQuery(true, true, null, null, LogQuery.ALL, true),
                () -> false, entry -> {
                    seen.add(describe(entry));
                    return false;
                })).get(10, TimeUnit.SECONDS);

        assertEquals(List.of("stdout:one\n"), seen);
    }

    @Test
    void followFromAPointSeesOnlyWhatWasWrittenAfterIt() throws Exception {
        Path log = log("2026-11-24T10:00:00Z stdout F old");
        BlockingQueue<String> seen = new LinkedBlockingQueue<>();
        AtomicBoolean stopped = new AtomicBoolean();

        CompletableFuture<Void> reading = follow(() -> reader.read(log,
                LogQuery.from(Instant.parse("2026-11-24T10:00:00.5Z"), true, true), stopped::get,
                entry -> seen.add(describe(entry))));
        List<String> delivered = new ArrayList<>();
        try {
            // The reader may open the file after any of these appends: keep appending until one is seen.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (delivered.isEmpty() && System.nanoTime() < deadline) {
                append(log, "2026-11-24T10:00:01Z stdout F new\n");
                String entry = seen.poll(100, TimeUnit.MILLISECONDS);
                if (entry != null) {
                    delivered.add(entry);
                }
            }
        } finally {
            stopped.set(true);
        }

        reading.get(10, TimeUnit.SECONDS);
        seen.drainTo(delivered);
        assertTrue(!delivered.isEmpty() && delivered.stream().allMatch("stdout:new\n"::equals), delivered.toString());
    }

    @Test
    void rotatedFilesAreReadOldestFirstAndTailReachesIntoThem() throws IOException {
        Files.write(dir.resolve("c.log.2"), List.of("2026-11-24T10:00:00Z stdout F one"));
        Files.write(dir.resolve("c.log.1"), List.of("2026-11-24T10:00:01Z stdout F two"));
        Path log = log("2026-11-24T10:00:02Z stderr F three");

        assertEquals(List.of("stdout:one\n", "stdout:two\n", "stderr:three\n"), read(log, ALL));
        assertEquals(List.of("stdout:two\n", "stderr:three\n"),
                read(log, new LogQuery(true, true, null, null, 2, false)));
        Files.delete(log); // a rotation half done: the monitor has not opened the new file yet
        assertEquals(List.of("stdout:one\n", "stdout:two\n"), read(log, ALL));
    }

    @Test
    void followGoesOnInTheNewFileAfterARotation() throws Exception {
        Path log = log("2026-11-24T10:00:00Z stdout F first");
        Following following = followAll(log);
        List<String> seen = following.seen();
        AtomicBoolean stopped = following.stopped();
        CompletableFuture<Void> reading = following.reading();
        try {
            awaitSize(seen, 1);
            Files.move(log, dir.resolve("c.log.1"));
            append(dir.resolve("c.log.1"), "2026-11-24T10:00:01Z stdout F late in the old file\n");
            Files.writeString(log, "2026-11-24T10:00:02Z stdout F in the new file\n");
            awaitSize(seen, 3);
        } finally {
            stopped.set(true);
        }

        reading.get(10, TimeUnit.SECONDS);
        assertEquals(List.of("stdout:first\n", "stdout:late in the old file\n", "stdout:in the new file\n"), seen);
    }

    /** A follow of the whole log, what it delivered so far, and the switch that ends it. */
    private record Following(List<String> seen, AtomicBoolean stopped, CompletableFuture<Void> reading) {
    }

    private Following followAll(Path log) {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stopped = new AtomicBoolean();
        LogQuery all = new LogQuery(true, true, null, null, LogQuery.ALL, true);
        return new Following(seen, stopped,
                follow(() -> reader.read(log, all, stopped::get, entry -> seen.add(describe(entry)))));
    }

    /** Reads on a thread of its own: a follow that never ends must not starve the others. */
    private static CompletableFuture<Void> follow(Runnable read) {
        return CompletableFuture.runAsync(read, command -> Thread.ofVirtual().start(command));
    }

    private static void append(Path log, String text) throws IOException {
        Files.writeString(log, text, StandardOpenOption.APPEND);
    }

    private static void awaitSize(List<String> seen, int size) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (seen.size() < size) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + size + " entries: " + seen);
            Thread.onSpinWait();
        }
    }
}
