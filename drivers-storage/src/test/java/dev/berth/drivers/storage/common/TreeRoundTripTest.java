package dev.berth.drivers.storage.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.util.Set;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tree copier, the unpacker and the tar writer each reproduce a tree exactly, and GNU tar agrees with them. */
class TreeRoundTripTest {

    @TempDir
    Path temp;

    @Test
    void treeCopierReproducesEveryKindOfEntry() throws Exception {
        Path source = SampleTree.create(temp.resolve("source"));

        TreeCopier.copyTree(source, temp.resolve("copy"));

        assertEquals(TreeListing.of(source, true), TreeListing.of(temp.resolve("copy"), true));
    }

    @Test
    void aTarWrittenByGnuTarUnpacksToTheSameTree() throws Exception {
        Path source = SampleTree.create(temp.resolve("source"));
        Path tar = temp.resolve("layer.tar");
        run("tar", "--xattrs", "--xattrs-include=*", "--numeric-owner", "-C", source.toString(), "-cf",
                tar.toString(), ".");
        Path target = Files.createDirectory(temp.resolve("target"));

        long bytes;
        try (var in = Files.newInputStream(tar)) {
            bytes = new LayerUnpacker(new NoWhiteouts(), LowerLayers.NONE).unpack(in, target);
        }

        assertEquals(TreeListing.of(source, true), TreeListing.of(target, true));
        assertEquals("binary".length() + "private".length() + "t".length(), bytes);
    }

    @Test
    void aTarWrittenByTheWriterUnpacksToTheSameTreeAndGnuTarReadsIt() throws Exception {
        Path source = SampleTree.create(temp.resolve("source"));
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        LayerTarWriter writer = new LayerTarWriter(tar);
        try (var walk = Files.walk(source)) {
            for (Path path : walk.filter(p -> !p.equals(source)).sorted().toList()) {
                writer.add(path, source.relativize(path).toString());
            }
        }
        writer.finish();
        Path target = Files.createDirectory(temp.resolve("target"));

        new LayerUnpacker(new NoWhiteouts(), LowerLayers.NONE).unpack(new ByteArrayInputStream(tar.toByteArray()), target);

        assertEquals(TreeListing.of(source, true), TreeListing.of(target, true));
        Path tarFile = Files.write(temp.resolve("written.tar"), tar.toByteArray());
        String listing = run("tar", "-tvf", tarFile.toString());
        assertTrue(listing.contains("usr/bin/tool link to usr/bin/alias"), listing);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "tar did not finish");
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    /** The sample tree has no whiteouts. */
    private static final class NoWhiteouts implements WhiteoutWriter {
        @Override
        public void remove(Path path) {
            throw new AssertionError("no whiteout expected: " + path);
        }

        @Override
        public void opaque(Path directory, Set<Path> unpacked) {
            throw new AssertionError("no opaque directory expected: " + directory);
        }
    }
}
