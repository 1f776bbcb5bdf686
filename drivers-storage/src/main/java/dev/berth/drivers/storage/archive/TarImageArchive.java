package dev.berth.drivers.storage.archive;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.image.ArchiveImage;
import dev.berth.domain.image.ImageArchive;
import dev.berth.domain.storage.ContentStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * Image archives as tar streams: reads docker-archive ({@code manifest.json}) and OCI layouts ({@code index.json}),
 * writes docker-archive, the format every docker version loads.
 */
public final class TarImageArchive implements ImageArchive {

    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Override
    public List<ArchiveImage> read(InputStream archive, ContentStore blobs) {
        try {
            ArchiveContents contents = ArchiveContents.ingest(archive, blobs);
            if (contents.hasMetadata(DockerManifest.FILE_NAME)) {
                return new DockerManifest(json).images(contents);
            }
            if (contents.hasMetadata(OciLayout.INDEX_FILE_NAME)) {
                return new OciLayout(json, blobs).images(contents);
            }
            throw new InvalidParameter("invalid archive: it contains neither manifest.json nor index.json");
        } catch (IOException e) {
            throw new InvalidParameter("invalid archive: " + e.getMessage(), e);
        }
    }

    @Override
    public void write(List<ArchiveImage> images, ContentStore blobs, OutputStream out) {
        try {
            new DockerArchiveWriter(json, blobs).write(images, out);
        } catch (IOException e) {
            throw new SystemFault("cannot write the image archive: " + e.getMessage(), e);
        }
    }
}
