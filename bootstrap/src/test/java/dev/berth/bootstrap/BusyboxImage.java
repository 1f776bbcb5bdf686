package dev.berth.bootstrap;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Writes a docker-archive tar of a one-layer busybox image made from the host's static busybox. */
final class BusyboxImage {

    private static final List<String> APPLETS = List.of("sh", "echo", "sleep", "true", "false", "cat", "id", "ls");

    private BusyboxImage() {
    }

    static void write(Path tar, String tag) throws IOException {
        byte[] layer = layer();
        String diffId = "sha256:" + sha256(layer);
        String config = """
                {"architecture":"amd64","os":"linux","created":"2024-01-01T00:00:00Z",\
                "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],"Cmd":["sh"]},\
                "rootfs":{"type":"layers","diff_ids":["%s"]},\
                "history":[{"created":"2024-01-01T00:00:00Z","created_by":"busybox from the host"}]}""".formatted(diffId);
        byte[] configBytes = config.getBytes(StandardCharsets.UTF_8);
        String configName = sha256(configBytes) + ".json";
        String manifest = "[{\"Config\":\"%s\",\"RepoTags\":[\"%s\"],\"Layers\":[\"layer/layer.tar\"]}]"
                .formatted(configName, tag);
        try (var out = new TarArchiveOutputStream(Files.newOutputStream(tar))) {
            file(out, configName, configBytes, 0644);
            file(out, "layer/layer.tar", layer, 0644);
            file(out, "manifest.json", manifest.getBytes(StandardCharsets.UTF_8), 0644);
        }
    }

    private static byte[] layer() throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new TarArchiveOutputStream(bytes)) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (String dir : List.of("bin", "etc", "tmp", "proc", "sys", "dev")) {
                var entry = new TarArchiveEntry(dir + "/");
                entry.setMode(040755);
                out.putArchiveEntry(entry);
                out.closeArchiveEntry();
            }
            file(out, "bin/busybox", Files.readAllBytes(Path.of("/bin/busybox")), 0755);
            for (String applet : APPLETS) {
                var link = new TarArchiveEntry("bin/" + applet, TarArchiveEntry.LF_SYMLINK);
                link.setLinkName("busybox");
                out.putArchiveEntry(link);
                out.closeArchiveEntry();
            }
            file(out, "etc/passwd", "root:x:0:0:root:/root:/bin/sh\n".getBytes(StandardCharsets.UTF_8), 0644);
        }
        return bytes.toByteArray();
    }

    private static void file(TarArchiveOutputStream out, String name, byte[] content, int mode) throws IOException {
        var entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        entry.setMode(0100000 | mode);
        out.putArchiveEntry(entry);
        out.write(content);
        out.closeArchiveEntry();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
