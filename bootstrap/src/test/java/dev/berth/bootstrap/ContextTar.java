package dev.berth.bootstrap;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes a build context: a plain tar of text files (name to content), each mode 0644. */
final class ContextTar {

    private ContextTar() {
    }

    static Path write(Path tar, Map<String, String> files) throws IOException {
        try (var out = new TarArchiveOutputStream(Files.newOutputStream(tar))) {
            for (var file : files.entrySet()) {
                byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
                var entry = new TarArchiveEntry(file.getKey());
                entry.setMode(0644);
                entry.setSize(content.length);
                out.putArchiveEntry(entry);
                out.write(content);
                out.closeArchiveEntry();
            }
        }
        return tar;
    }
}
