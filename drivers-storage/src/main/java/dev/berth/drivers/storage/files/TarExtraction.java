package dev.berth.drivers.storage.files;

import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.files.ExtractOptions;
import dev.berth.drivers.storage.common.FileAttributes;
import dev.berth.drivers.storage.common.RootedPath;
import dev.berth.drivers.storage.common.TarEntries;
import dev.berth.drivers.storage.files.ContainerPaths.Resolved;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code PUT /archive}: each entry is placed below the extraction directory, its parents' symlinks followed
 * inside the container ({@link ContainerPaths}); an entry climbing above the directory is refused, as dockerd's
 * untar does, and read-only mounts are not written.
 */
final class TarExtraction {

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private final ContainerPaths paths;
    private final Resolved directory;
    private final ExtractOptions options;

    TarExtraction(ContainerPaths paths, Resolved directory, ExtractOptions options) {
        this.paths = paths;
        this.directory = directory;
        this.options = options;
    }

    void extract(InputStream in) {
        List<Path> directories = new ArrayList<>();
        List<FileAttributes> directoryAttributes = new ArrayList<>();
        try {
            TarArchiveInputStream tar = new TarArchiveInputStream(in);
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                String name = RootedPath.normalize(entry.getName());
                if (name.isEmpty()) {
                    continue;
                }
                Resolved target = within(name);
                refuseReadOnly(target, entry.getName());
                Path host = target.host();
                refuseDirNonDir(entry, host);
                Files.createDirectories(host.getParent());
                Path linkSource = entry.isLink() ? within(RootedPath.normalize(entry.getLinkName())).host() : null;
                TarEntries.create(entry, host, linkSource, tar);
                if (entry.isLink()) {
                    continue;
                }
                FileAttributes attributes = owned(TarEntries.attributesOf(entry));
                attributes.applyOwnerAndMode(host);
                TarEntries.applyXattrs(entry, host);
                if (entry.isDirectory()) {
                    directories.add(host);
                    directoryAttributes.add(attributes);
                } else {
                    attributes.applyTimes(host);
                }
            }
            for (int i = directories.size() - 1; i >= 0; i--) {
                directoryAttributes.get(i).applyTimes(directories.get(i));
            }
        } catch (IOException e) {
            throw new SystemFault("cannot extract into " + directory.containerPath() + ": " + e.getMessage(), e);
        }
    }

    private Resolved within(String name) {
        Resolved target = paths.resolve(directory.containerPath() + "/" + name, false);
        if (target.parts().size() <= directory.parts().size()
                || !target.parts().subList(0, directory.parts().size()).equals(directory.parts())) {
            throw new InvalidParameter("invalid tar entry " + name + ": it leaves " + directory.containerPath());
        }
        return target;
    }

    private void refuseReadOnly(Resolved target, String name) {
        if (paths.mountOf(target.parts()).map(m -> m.readOnly()).orElse(false)) {
            throw new InvalidParameter("mounted volume is marked read-only: cannot write " + name);
        }
    }

    private void refuseDirNonDir(TarArchiveEntry entry, Path host) {
        if (!options.noOverwriteDirNonDir() || !Files.exists(host, NOFOLLOW)) {
            return;
        }
        boolean isDirectory = Files.isDirectory(host, NOFOLLOW);
        if (isDirectory && !entry.isDirectory()) {
            throw new InvalidParameter("cannot overwrite directory \"" + host.getFileName()
                    + "\" with non-directory \"" + entry.getName() + "\"");
        }
        if (!isDirectory && entry.isDirectory()) {
            throw new InvalidParameter("cannot overwrite non-directory \"" + host.getFileName()
                    + "\" with directory \"" + entry.getName() + "\"");
        }
    }

    private FileAttributes owned(FileAttributes attributes) {
        return options.owner().map(o -> new FileAttributes(o.uid(), o.gid(), attributes.mode(),
                attributes.modified(), attributes.accessed())).orElse(attributes);
    }
}
