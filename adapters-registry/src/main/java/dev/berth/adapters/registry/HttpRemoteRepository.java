package dev.berth.adapters.registry;

import dev.berth.adapters.registry.DistributionCalls.FinishUpload;
import dev.berth.adapters.registry.DistributionCalls.GetBlob;
import dev.berth.adapters.registry.DistributionCalls.GetManifest;
import dev.berth.adapters.registry.DistributionCalls.HeadBlob;
import dev.berth.adapters.registry.DistributionCalls.PutManifest;
import dev.berth.adapters.registry.DistributionCalls.StartUpload;
import dev.berth.domain.image.Digest;
import dev.berth.domain.registry.Descriptor;
import dev.berth.domain.registry.Manifest;
import dev.berth.domain.registry.RemoteRepository;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

/** A repository reached through one {@link RegistryCaller}, which keeps the token its first call earned. */
final class HttpRemoteRepository implements RemoteRepository {

    private final RegistryCaller caller;
    private final String name;

    HttpRemoteRepository(RegistryCaller caller, String name) {
        this.caller = caller;
        this.name = name;
    }

    @Override
    public Manifest manifest(String reference) {
        return caller.call(new GetManifest(name, reference));
    }

    @Override
    public InputStream blob(Descriptor blob) {
        return caller.call(new GetBlob(name, blob.digest()));
    }

    @Override
    public boolean hasBlob(Digest digest) {
        return caller.call(new HeadBlob(name, digest));
    }

    @Override
    public void uploadBlob(Digest digest, long size, Supplier<InputStream> content, TransferListener progress) {
        URI location = caller.call(new StartUpload(name));
        caller.call(new FinishUpload(location, digest, size, content, progress));
    }

    @Override
    public Descriptor putManifest(String tag, Descriptor config, List<Descriptor> layers) {
        return caller.call(new PutManifest(name, tag, ManifestCodec.encode(config, layers)));
    }
}
