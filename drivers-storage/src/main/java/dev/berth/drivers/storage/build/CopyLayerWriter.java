package dev.berth.drivers.storage.build;

import dev.berth.domain.build.BuildFiles.CopySpec;
import dev.berth.domain.build.DockerIgnore;
import dev.berth.domain.error.InvalidParameter;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The layer tar of one COPY or ADD, as dockerd lays the files out: a directory source contributes its contents, a
 * file lands at the destination (inside it when it is a directory), ADD unpacks a local tar (plain or gzip) there.
 * Entries are sorted, owned by the requested IDs (root by default): the same files give the same tar. Parent
 * directories are left to the unpacker, which keeps those the image already has.
 */
final class CopyLayerWriter {

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
    private static final int PERMISSIONS = 07777;
    private static final Pattern GLOB = Pattern.compile("[*?\\[]");

    private final CopySpec spec;
    private final TarArchiveOutputStream tar;

    CopyLayerWriter(CopySpec spec, OutputStream out) {
        this.spec = spec;
        this.tar = new TarArchiveOutputStream(out);
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    }

    void write() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String source : spec.sources()) {
            sources.addAll(resolve(source));
        }
        if (sources.isEmpty()) {
            throw new InvalidParameter("COPY failed: no source files were specified");
        }
        String destination = spec.destination();
        boolean intoDirectory = destination.endsWith("/");
        if (sources.size() > 1 && !intoDirectory) {
            throw new InvalidParameter("When using COPY with more than one source file, the destination must be a "
                    + "directory and end with a /");
        }
        String base = strip(destination);
        for (Path source : sources) {
            if (Files.isDirectory(source, NOFOLLOW)) {
                addChildren(source, base);
            } else if (spec.extractArchives() && isArchive(source)) {
                extract(source, base);
            } else {
                add(source, intoDirectory ? join(base, source.getFileName().toString()) : base);
            }
        }
        tar.finish();
        tar.flush();
    }

    private List<Path> resolve(String source) throws IOException {
        String relative = DockerIgnore.clean(source);
        Path root = spec.root();
        if (root.resolve(source.startsWith("/") ? source.substring(1) : source).normalize().startsWith(root)
                == false) {
            throw new InvalidParameter("forbidden path outside the build context: " + source);
        }
        if (!GLOB.matcher(relative).find()) {
            Path path = relative.isEmpty() ? root : root.resolve(relative);
            if (!Files.exists(path, NOFOLLOW)) {
                throw new InvalidParameter("COPY failed: file not found in build context or excluded by "
                        + ".dockerignore: stat " + relative + ": file does not exist");
            }
            return List.of(path);
        }
        Pattern glob = DockerIgnore.glob(relative);
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(path -> !path.equals(root))
                    .filter(path -> glob.matcher(LocalBuildFiles.relative(root, path)).matches())
                    .sorted()
                    .toList();
        }
    }

    private void addChildren(Path directory, String base) throws IOException {
        List<Path> children;
        try (Stream<Path> all = Files.walk(directory)) {
            children = all.filter(path -> !path.equals(directory)).sorted().toList();
        }
        for (Path child : children) {
            add(child, join(base, LocalBuildFiles.relative(directory, child)));
        }
    }

    private void add(Path path, String name) throws IOException {
        TarArchiveEntry entry;
        if (Files.isSymbolicLink(path)) {
            entry = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
            entry.setLinkName(Files.readSymbolicLink(path).toString());
        } else if (Files.isDirectory(path, NOFOLLOW)) {
            entry = new TarArchiveEntry(name + "/", TarConstants.LF_DIR);
        } else if (Files.isRegularFile(path, NOFOLLOW)) {
            entry = new TarArchiveEntry(name);
            entry.setSize(Files.size(path));
        } else {
            return; // devices, fifos and sockets are not copied from a context
        }
        int mode = (Integer) Files.getAttribute(path, "unix:mode", NOFOLLOW) & PERMISSIONS;
        entry.setMode(spec.mode() != null ? spec.mode() : mode);
        entry.setUserId(spec.uid() == null ? 0 : spec.uid());
        entry.setGroupId(spec.gid() == null ? 0 : spec.gid());
        entry.setModTime(Files.getLastModifiedTime(path, NOFOLLOW));
        tar.putArchiveEntry(entry);
        if (entry.isFile() && entry.getSize() > 0) {
            Files.copy(path, tar);
        }
        tar.closeArchiveEntry();
    }

    /** ADD's auto-extraction: the archive's entries re-rooted at the destination, their owners kept. */
    private void extract(Path archive, String base) throws IOException {
        try (InputStream in = open(archive); var source = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry entry = source.getNextEntry(); entry != null; entry = source.getNextEntry()) {
                String name = DockerIgnore.clean(entry.getName());
                if (name.isEmpty()) {
                    continue;
                }
                entry.setName(join(base, name) + (entry.isDirectory() ? "/" : ""));
                if (entry.isLink()) {
                    entry.setLinkName(join(base, DockerIgnore.clean(entry.getLinkName())));
                }
                tar.putArchiveEntry(entry);
                if (entry.isFile() && !entry.isLink()) {
                    source.transferTo(tar);
                }
                tar.closeArchiveEntry();
            }
        }
    }

    private static InputStream open(Path archive) throws IOException {
        var in = new BufferedInputStream(Files.newInputStream(archive));
        return isGzip(archive) ? new GZIPInputStream(in) : in;
    }

    private static boolean isArchive(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        if (isGzip(file)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                return hasTarMagic(in.readNBytes(512));
            } catch (IOException notGzip) {
                return false; // the magic bytes lied: copy the file as it is
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            return hasTarMagic(in.readNBytes(512));
        }
    }

    private static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
        }
    }

    /** "ustar" at offset 257: POSIX and GNU tars both have it. */
    private static boolean hasTarMagic(byte[] header) {
        return header.length == 512 && header[257] == 'u' && header[258] == 's' && header[259] == 't'
                && header[260] == 'a' && header[261] == 'r';
    }

    private static String strip(String destination) {
        return DockerIgnore.clean(destination);
    }

    private static String join(String base, String name) {
        return base.isEmpty() ? name : base + "/" + name;
    }
}
