package dev.berth.application.container;

import dev.berth.application.logging.LogDriverLookup;
import dev.berth.application.network.ContainerNetworks;
import dev.berth.application.image.ImageUsers;
import dev.berth.application.time.ExecutorScheduler;
import dev.berth.application.time.Scheduler;
import dev.berth.domain.container.Container;
import dev.berth.domain.container.ContainerConfig;
import dev.berth.domain.container.ContainerHealth;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ContainerName;
import dev.berth.domain.container.ContainerState;
import dev.berth.domain.container.ContainerStatus;
import dev.berth.domain.container.ContainerStore;
import dev.berth.domain.container.CreateRequest;
import dev.berth.domain.container.HealthProbeResult;
import dev.berth.domain.container.Healthcheck;
import dev.berth.domain.container.HostConfig;
import dev.berth.domain.container.ImageDefaultsMerge;
import dev.berth.domain.container.MountPoint;
import dev.berth.domain.container.ProcessEnvironment;
import dev.berth.domain.container.Signal;
import dev.berth.domain.container.TerminalSize;
import dev.berth.domain.error.BerthException;
import dev.berth.domain.error.Conflict;
import dev.berth.domain.error.InvalidParameter;
import dev.berth.domain.error.NotModified;
import dev.berth.domain.error.SystemFault;
import dev.berth.domain.event.EventPublisher;
import dev.berth.domain.image.Image;
import dev.berth.domain.image.ImageId;
import dev.berth.domain.runtime.ContainerLogs;
import dev.berth.domain.runtime.LogFiles;
import dev.berth.domain.runtime.ContainerLogs.LogSink;
import dev.berth.domain.runtime.ContainerRuntime;
import dev.berth.domain.runtime.ExecRuntime;
import dev.berth.domain.runtime.ExitStatus;
import dev.berth.domain.runtime.LogQuery;
import dev.berth.domain.runtime.ProcessSpec;
import dev.berth.domain.runtime.NetworkSpec;
import dev.berth.domain.runtime.RuntimeSpec;
import dev.berth.domain.runtime.RuntimeState;
import dev.berth.domain.runtime.StartFailure;
import dev.berth.domain.storage.SnapshotKey;
import dev.berth.domain.storage.Snapshotter;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The container use cases. Each container's state changes under its own lock, so that an exit reported while a
 * start is still being recorded is applied after it; waiting (for an exit) happens outside the lock.
 */
public final class ContainerService implements ContainerLifecycle, ContainerInspection, ContainerOutput, ImageUsers {

    private static final Logger LOG = Logger.getLogger(ContainerService.class.getName());
    private static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);
    /** dockerd's exit code for a container whose process vanished while the daemon was down. */
    private static final int LOST_EXIT_CODE = 255;

    private final ContainerStore store;
    private final ImageLookup images;
    private final Snapshotter snapshotter;
    private final ContainerRuntime runtime;
    private final ContainerLogs logs;
    private final Clock clock;
    private final Path initBinary;
    private final ContainerVolumes volumes;
    private final ContainerEvents events;
    private final ContainerNetworks networks;
    private final ContainerRegistry registry = new ContainerRegistry();
    private final ExitWaiters waiters = new ExitWaiters();
    private final RestartSupervisor restarts;
    private final HealthMonitors health;
    private final ContainerLogging logging;
    private final Map<ContainerId, ReentrantLock> locks = new ConcurrentHashMap<>();

    public ContainerService(ContainerStore store, ImageLookup images, Snapshotter snapshotter,
                            ContainerRuntime runtime, ContainerLogs logs, Clock clock, Path initBinary,
                            ContainerVolumes volumes, EventPublisher events) {
        this(store, images, snapshotter, runtime, logs, clock, initBinary, volumes, events, ContainerNetworks.NONE,
                new ExecutorScheduler(clock), new ExecUnavailable(), LogDriverLookup.none(), LogRotations.UNMANAGED);
    }

    /**
     * {@code scheduler} times the restart policies' backoff and the health checks, which run as {@code exec}s;
     * {@code logDrivers} are the log driver plugins a container's output may go to, {@code logFiles} the files of its
     * own log, rotated as its LogConfig says.
     */
    public ContainerService(ContainerStore store, ImageLookup images, Snapshotter snapshotter,
                            ContainerRuntime runtime, ContainerLogs logs, Clock clock, Path initBinary,
                            ContainerVolumes volumes, EventPublisher events, ContainerNetworks networks,
                            Scheduler scheduler, ExecRuntime exec, LogDriverLookup logDrivers,
                            LogFiles logFiles) {
        this.logging = new ContainerLogging(logDrivers, logs, logFiles, scheduler);
        this.restarts = new RestartSupervisor(scheduler);
        this.health = new HealthMonitors(scheduler, exec, this::recordHealth);
        this.networks = networks;
        this.store = store;
        this.images = images;
        this.snapshotter = snapshotter;
        this.runtime = runtime;
        this.logs = logs;
        this.clock = clock;
        this.initBinary = initBinary;
        this.volumes = volumes;
        this.events = new ContainerEvents(events);
    }

    /**
     * Loads the stored containers and learns what happened to those that ran while the daemon was down (their
     * restart policies apply to those exits); then starts the stopped ones whose policy says so, as dockerd does at
     * its start: {@code always} ones, {@code unless-stopped} ones the user did not stop, failed {@code on-failure}
     * ones with restarts left.
     */
    public void recover() {
        runtime.onExit(this::exited);
        List<Container> stopped = new ArrayList<>();
        for (Container container : store.loadAll()) {
            registry.add(container);
            volumes.recover(container);
            switch (container.state().status()) {
                case RUNNING, PAUSED -> {
                    switch (runtime.state(container.id())) {
                        case RuntimeState.Running running -> {
                            update(container.withState(
                                    container.state().running(running.pid(), container.state().startedAt())));
                            networks.restore(current(container.id()));
                            health.start(current(container.id()));
                            resumeLogging(current(container.id()));
                        }
                        case RuntimeState.Exited exited -> exited(container.id(), exited.status());
                        case RuntimeState.Absent absent -> exited(container.id(),
                                new ExitStatus(LOST_EXIT_CODE, clock.instant(), false));
                    }
                }
                case RESTARTING -> { // the daemon stopped during the backoff
                    ContainerState s = container.state();
                    Container ended = container.withState(s.exited(s.exitCode(), s.oomKilled(), s.finishedAt()));
                    update(ended);
                    stopped.add(ended);
                }
                case EXITED -> stopped.add(container);
                default -> { }
            }
        }
        for (Container container : stopped) {
            if (container.state().startedAt() != null && container.hostConfig().restartPolicy().restarts(
                    container.state().exitCode(), container.manuallyStopped(), container.restartCount())) {
                try {
                    start(container.id().value());
                } catch (BerthException e) {
                    LOG.log(Level.WARNING, "could not restart container " + container.id(), e);
                }
            }
        }
    }

    // ---------------------------------------------------------------- lifecycle

    @Override
    public ContainerId create(CreateRequest request) {
        HostConfig requestedHost = request.hostConfig().validated();
        logging.check(requestedHost.logConfig());
        Image image = images.resolve(request.config().image());
        ContainerId id = ContainerId.random();
        ContainerConfig requested = request.config();
        String hostname = requested.hostname() == null || requested.hostname().isEmpty()
                ? id.shortId() : requested.hostname();
        ContainerConfig config = ImageDefaultsMerge.merge(requested.withHostname(hostname), image.config().config());
        List<String> commandLine = ImageDefaultsMerge.commandLine(config);
        Set<String> declaredVolumes = new HashSet<>(request.volumes());
        declaredVolumes.addAll(image.config().config().volumes());
        HostConfig hostConfig = volumes.attach(id, requestedHost, declaredVolumes, registry::find);
        Container container = new Container(id,
                request.name().orElseGet(() -> NameGenerator.unique(registry::nameTaken)),
                clock.instant(), image.id(), config, hostConfig, ContainerState.created(),
                commandLine.getFirst(), commandLine.subList(1, commandLine.size()), 0, false);
        try {
            registry.add(container);
            networks.configure(container);
        } catch (RuntimeException e) {
            registry.remove(id);
            volumes.release(id, hostConfig.mounts(), true);
            throw e;
        }
        try {
            snapshotter.prepare(snapshotKey(id),
                    image.topLayer().map(chain -> new SnapshotKey(chain.digest().hex())));
            store.save(container);
        } catch (RuntimeException e) {
            registry.remove(id);
            networks.forget(id);
            volumes.release(id, hostConfig.mounts(), true);
            throw e;
        }
        events.publish(container, "create");
        return id;
    }

    @Override
    public void start(String ref) {
        ContainerId id = registry.find(ref).id();
        InvalidParameter failure = withLock(id, () -> {
            Container container = current(id);
            if (container.state().isRunning()) {
                throw new NotModified("container " + id + " is already started");
            }
            // The user's start gives the restart policy a fresh run, as dockerd resets its restart manager.
            restarts.reset(id);
            return launch(container.withRestarts(0, false));
        });
        if (failure != null) {
            // Attached clients and waiters learn the outcome, and an auto-remove container goes, as in dockerd.
            ended(id);
            throw failure;
        }
    }

    /** Starts the process of a container that has none; an InvalidParameter when it could not be executed. */
    private InvalidParameter launch(Container container) {
        ContainerId id = container.id();
        ContainerConfig config = container.config();
        InitProcess init = container.hostConfig().init() ? InitProcess.at(initBinary) : InitProcess.NONE;
        List<MountPoint> mounts = volumes.mount(id, container.hostConfig().mounts());
        NetworkSpec network;
        try {
            network = networks.attach(container, registry::find);
        } catch (RuntimeException e) {
            volumes.unmount(id, mounts);
            throw e;
        }
        RuntimeSpec spec = new RuntimeSpec(id, snapshotter.mounts(snapshotKey(id)),
                new ProcessSpec(init.wrap(ImageDefaultsMerge.commandLine(config)),
                        ProcessEnvironment.of(config, config.hostname()), config.workingDir(), config.user(),
                        config.tty(), config.openStdin(), config.stdinOnce(),
                        container.hostConfig().consoleSize()),
                config.hostname(), Map.of(), store.logFile(id), init.withMount(mounts),
                container.hostConfig().readonlyRootfs(), container.hostConfig().resources(),
                container.hostConfig().security(), network);
        ContainerLogging.Run logRun;
        try {
            logRun = logging.begin(container, store.logFile(id));
        } catch (RuntimeException e) {
            release(id, mounts);
            throw e;
        }
        Instant launched = clock.instant();
        CompletableFuture<Integer> exit = waiters.nextExit(id);
        try {
            int pid = runtime.start(spec);
            logRun.follow(launched, exit);
            Healthcheck check = config.healthcheck();
            ContainerHealth checked = check == null || check.disabled() ? ContainerHealth.NONE
                    : container.state().health().starting();
            Container started = container.withState(container.state().running(pid, clock.instant())
                    .withHealth(checked));
            update(started);
            restarts.started(id);
            health.start(started);
            events.publish(container, "start");
            return null;
        } catch (InvalidParameter e) {
            logRun.abandon();
            release(id, mounts);
            update(container.withState(container.state().failedToStart(StartFailure.exitCode(e.getMessage()),
                    e.getMessage(), clock.instant())));
            return e;
        } catch (RuntimeException e) {
            logRun.abandon();
            release(id, mounts);
            throw e;
        }
    }

    /** What a run that did not start had taken: its network endpoints and its mounts. */
    private void release(ContainerId id, List<MountPoint> mounts) {
        networks.detach(id);
        volumes.unmount(id, mounts);
    }

    /** A run that went on while the daemon was down: its output from now on goes to its log driver again. */
    private void resumeLogging(Container container) {
        try {
            logging.begin(container, store.logFile(container.id()))
                    .follow(clock.instant(), waiters.nextExit(container.id()));
        } catch (BerthException e) {
            LOG.log(Level.WARNING, "container " + container.id() + ": its log driver is not available: "
                    + e.getMessage());
        }
    }

    /** The restart policy's start, after the backoff; skipped when the user stopped or removed it meanwhile. */
    private void restartNow(ContainerId id) {
        boolean failed;
        try {
            failed = withLock(id, () -> waitingToRestart(id).map(c -> launch(c) != null).orElse(false));
        } catch (BerthException e) {
            LOG.log(Level.WARNING, "could not restart container " + id, e);
            failed = withLock(id, () -> waitingToRestart(id).map(c -> {
                update(c.withState(c.state().exited(c.state().exitCode(), c.state().oomKilled(),
                        c.state().finishedAt())));
                return true;
            }).orElse(false));
        }
        if (failed) {
            ended(id);
        }
    }

    private Optional<Container> waitingToRestart(ContainerId id) {
        return registry.get(id).filter(c -> c.state().status() == ContainerStatus.RESTARTING);
    }

    @Override
    public void stop(String ref, Optional<Duration> timeout) {
        Container container = registry.find(ref);
        ContainerId id = container.id();
        CompletableFuture<Integer> exit = withLock(id, () -> {
            if (!current(id).state().isRunning()) {
                throw new NotModified("container " + id + " is already stopped");
            }
            Optional<Container> running = stoppedByUser(current(id));
            if (running.isEmpty()) {
                return CompletableFuture.completedFuture(current(id).state().exitCode());
            }
            var next = waiters.nextExit(id);
            deliver(running.get(), stopSignal(container));
            return next;
        });
        Duration grace = timeout.orElseGet(() -> Optional.ofNullable(container.config().stopTimeout())
                .map(Duration::ofSeconds).orElse(DEFAULT_STOP_TIMEOUT));
        if (!(grace.isNegative() ? awaitForever(exit) : await(exit, grace))) {
            killAndAwait(id, exit);
        }
        events.publish(container, "stop");
    }

    @Override
    public void restart(String ref, Optional<Duration> timeout) {
        try {
            stop(ref, timeout);
        } catch (NotModified notRunning) {
            // dockerd restarts a stopped container by starting it
        }
        start(ref);
        events.publish(registry.find(ref), "restart");
    }

    @Override
    public void update(String ref, ContainerUpdate change) {
        ContainerId id = registry.find(ref).id();
        withLock(id, () -> {
            Container old = current(id);
            HostConfig host = old.hostConfig().withResources(old.hostConfig().resources().updatedWith(change.resources()));
            if (change.restartPolicy() != null) {
                if (host.autoRemove() && !change.restartPolicy().name().equals("no")) {
                    throw new InvalidParameter(
                            "Restart policy cannot be updated because AutoRemove is enabled for the container");
                }
                host = host.withRestartPolicy(change.restartPolicy());
            }
            if (old.state().hasProcess()) {
                runtime.update(id, host.resources());
            }
            update(old.withHostConfig(host));
            events.publish(old, "update");
            return null;
        });
    }

    @Override
    public void rename(String ref, ContainerName newName) {
        ContainerId id = registry.find(ref).id();
        withLock(id, () -> {
            Container old = current(id);
            Container renamed = old.withName(newName);
            registry.rename(renamed);
            store.save(renamed);
            events.publish(renamed, "rename", Map.of("oldName", "/" + old.name().value()));
            return null;
        });
    }

    @Override
    public void pause(String ref) {
        ContainerId id = registry.find(ref).id();
        withLock(id, () -> {
            Container container = current(id);
            if (container.state().status() == ContainerStatus.PAUSED) {
                throw new Conflict("Container " + id + " is already paused");
            }
            if (!container.state().isRunning()) {
                throw new Conflict("Container " + id + " is not running");
            }
            if (!container.state().hasProcess()) {
                throw new Conflict("Container " + id + " is restarting, wait until the container is running");
            }
            runtime.pause(id);
            health.stop(id); // dockerd probes only running containers
            update(container.withState(container.state().paused(true)));
            events.publish(container, "pause");
            return null;
        });
    }

    @Override
    public void unpause(String ref) {
        ContainerId id = registry.find(ref).id();
        withLock(id, () -> {
            Container container = current(id);
            if (container.state().status() != ContainerStatus.PAUSED) {
                throw new Conflict("Container " + id + " is not paused");
            }
            runtime.resume(id);
            update(container.withState(container.state().paused(false)));
            health.start(current(id));
            events.publish(container, "unpause");
            return null;
        });
    }

    @Override
    public void kill(String ref, Signal signal) {
        ContainerId id = registry.find(ref).id();
        CompletableFuture<Integer> exit = withLock(id, () -> {
            Container container = current(id);
            if (!container.state().isRunning()) {
                throw new Conflict("Container " + id + " is not running");
            }
            // As dockerd: the stop signal and SIGKILL end the restart policy; other signals are only delivered.
            if (signal.equals(Signal.KILL) || signal.equals(stopSignal(container))) {
                Optional<Container> running = stoppedByUser(container);
                if (running.isEmpty()) {
                    return CompletableFuture.completedFuture(current(id).state().exitCode());
                }
                container = running.get();
            } else if (!container.state().hasProcess()) {
                throw new Conflict("Container " + id + " is not running");
            }
            var next = waiters.nextExit(id);
            deliver(container, signal);
            return next;
        });
        // Like dockerd, a SIGKILL returns once the container is gone, so that inspect shows it exited.
        if (signal.equals(Signal.KILL)) {
            await(exit, KILL_WAIT);
        }
    }

    @Override
    public void remove(String ref, boolean force) {
        remove(ref, force, false);
    }

    @Override
    public void remove(String ref, boolean force, boolean removeVolumes) {
        ContainerId id = registry.find(ref).id();
        CompletableFuture<Integer> exit = withLock(id, () -> {
            Container container = current(id);
            if (!container.state().isRunning()) {
                return null;
            }
            if (!force) {
                throw new Conflict("You cannot remove a " + container.state().status().apiName() + " container "
                        + id + ". Stop the container before attempting removal or force remove");
            }
            return stoppedByUser(container).map(running -> waiters.nextExit(id)).orElse(null);
        });
        if (exit != null) {
            killAndAwait(id, exit);
        }
        discard(id, removeVolumes);
    }

    @Override
    public ContainerPruneReport prune(ContainerPruneFilter filter) {
        List<ContainerId> pruned = new java.util.ArrayList<>();
        long reclaimed = 0;
        for (Container container : registry.all()) {
            if (!container.state().isRunning() && filter.selects(container)) {
                try {
                    long size = writableLayerSize(container.id());
                    discard(container.id(), false);
                    pruned.add(container.id());
                    reclaimed += size;
                } catch (BerthException e) {
                    LOG.log(Level.WARNING, "could not prune container " + container.id(), e);
                }
            }
        }
        events.pruned(reclaimed);
        return new ContainerPruneReport(pruned, reclaimed);
    }

    @Override
    public CompletionStage<Integer> waitFor(String ref, WaitCondition condition) {
        ContainerId id = registry.find(ref).id();
        return withLock(id, () -> {
            Container container = current(id);
            return switch (condition) {
                case NOT_RUNNING -> container.state().isRunning()
                        ? waiters.nextExit(id) : CompletableFuture.completedFuture(container.state().exitCode());
                case NEXT_EXIT -> waiters.nextExit(id);
                case REMOVED -> waiters.removal(id);
            };
        });
    }

    // ---------------------------------------------------------------- inspection

    @Override
    public Container find(String ref) {
        return registry.find(ref);
    }

    @Override
    public List<Container> all() {
        return registry.all();
    }

    @Override
    public List<Container> list(ContainerFilter filter) {
        List<Container> all = registry.all();
        var selected = all.stream().filter(filter.predicate(this::descendsFrom));
        for (String before : filter.values("before")) {
            var limit = registry.find(before).created();
            selected = selected.filter(c -> c.created().isBefore(limit));
        }
        for (String since : filter.values("since")) {
            var limit = registry.find(since).created();
            selected = selected.filter(c -> c.created().isAfter(limit));
        }
        return filter.limit() > 0 ? selected.limit(filter.limit()).toList() : selected.toList();
    }

    /** The bytes of the container's changes to its image ({@code SizeRw}); 0 once its layer is gone. */
    public long writableLayerSize(ContainerId id) {
        try {
            return snapshotter.usage(snapshotKey(id));
        } catch (dev.berth.domain.error.NotFound removedMeanwhile) {
            return 0;
        }
    }

    @Override
    public List<ImageUser> usersOf(ImageId image) {
        return registry.all().stream()
                .filter(c -> c.image().equals(image))
                .map(c -> new ImageUser(c.id().value(), c.state().isRunning()))
                .toList();
    }

    // ---------------------------------------------------------------- output

    @Override
    public void logs(String ref, LogQuery query, LogSink sink) {
        ContainerId id = registry.find(ref).id();
        logs.read(store.logFile(id), query, () -> !isRunning(id), sink);
    }

    @Override
    public AttachPoint attachPoint(String ref) {
        ContainerId id = registry.find(ref).id();
        return new AttachPoint(id, clock.instant(), waiters.nextExit(id));
    }

    @Override
    public void attach(AttachPoint point, AttachStreams streams, LogSink sink) {
        ContainerId id = point.id();
        Container container = current(id);
        CompletableFuture<Integer> exit = point.exit();
        events.publish(container, "attach");
        BooleanSupplier over = exit::isDone;
        boolean tty = container.config().tty();
        DetachableInput detachable = null;
        if (streams.stdin().isPresent() && container.config().openStdin()) {
            // Only a TTY client detaches: with a pipe, those bytes are data (as dockerd).
            InputStream input = streams.stdin().get();
            if (tty) {
                detachable = new DetachableInput(input, streams.detachKeys());
                input = detachable;
            }
            StdinCopy stdin = StdinCopy.start(runtime, id, input, () -> isRunning(id), exit);
            // As dockerd: with a TTY or without StdinOnce, the client's end of input (or detach) ends its session;
            // otherwise the container's stdin closes and the session lasts until the exit.
            if (tty || !container.config().stdinOnce()) {
                over = () -> exit.isDone() || stdin.ended().isDone();
            }
        }
        logs.read(store.logFile(id), LogQuery.from(point.since(), streams.stdout(), streams.stderr()), over, sink);
        if (detachable != null && detachable.detached()) {
            events.publish(container, "detach");
        }
    }

    @Override
    public void resize(String ref, TerminalSize size) {
        ContainerId id = registry.find(ref).id();
        Container container = withLock(id, () -> {
            Container current = current(id);
            if (!current.state().isRunning()) {
                throw new Conflict("Container " + id + " is not running");
            }
            runtime.resize(id, size);
            return current;
        });
        events.publish(container, "resize",
                Map.of("height", Integer.toString(size.height()), "width", Integer.toString(size.width())));
    }

    // ---------------------------------------------------------------- internals

    /** Called by the runtime's monitor when a container's process ends. */
    private void exited(ContainerId id, ExitStatus status) {
        Container container = withLock(id, () -> {
            Optional<Container> known = registry.get(id);
            if (known.isEmpty() || !known.get().state().hasProcess()) {
                return null; // unknown, or an exit already recorded
            }
            Container old = known.get();
            health.stop(id);
            Optional<Duration> restartIn = restarts.onExit(old, status.code());
            Container stopped = restartIn.isPresent()
                    ? old.withState(old.state().restarting(status.code(), status.oomKilled(), status.at()))
                            .withRestarts(old.restartCount() + 1, old.manuallyStopped())
                    : old.withState(old.state().exited(status.code(), status.oomKilled(), status.at()));
            update(stopped);
            runtime.delete(id);
            networks.detach(id);
            volumes.unmount(id, stopped.hostConfig().mounts());
            restartIn.ifPresent(delay -> restarts.schedule(id, delay, () -> restartNow(id)));
            return stopped;
        });
        if (container != null) {
            ended(id);
        }
    }

    /** After a run (or a failed start): release the waiters, then remove an auto-remove container. */
    private void ended(ContainerId id) {
        Container container = current(id);
        events.publish(container, "die", Map.of("exitCode", Integer.toString(container.state().exitCode())));
        waiters.exited(id, container.state().exitCode());
        if (container.hostConfig().autoRemove() && !container.state().isRunning()) {
            try {
                discard(id, true);
            } catch (BerthException e) {
                LOG.log(Level.WARNING, "could not auto-remove container " + id, e);
            }
        }
    }

    private void discard(ContainerId id, boolean removeVolumes) {
        int exitCode = withLock(id, () -> {
            Container container = current(id);
            runtime.delete(id);
            snapshotter.remove(snapshotKey(id));
            networks.forget(id);
            store.delete(id);
            registry.remove(id);
            volumes.release(id, container.hostConfig().mounts(), removeVolumes);
            events.publish(container, "destroy");
            return container.state().exitCode();
        });
        locks.remove(id);
        restarts.forget(id);
        health.stop(id);
        waiters.removed(id, exitCode);
    }

    /** A health probe's result, kept while its monitor is still the running container's; a new status is an event. */
    private void recordHealth(ContainerId id, HealthProbeResult result, boolean inStartPeriod,
                              BooleanSupplier current) {
        withLock(id, () -> {
            Optional<Container> running = registry.get(id).filter(c -> c.state().hasProcess());
            if (running.isEmpty() || !current.getAsBoolean()) {
                return null;
            }
            Container container = running.get();
            ContainerHealth before = container.state().health();
            ContainerHealth after = before.after(result, container.config().healthcheck().effectiveRetries(),
                    inStartPeriod);
            update(container.withState(container.state().withHealth(after)));
            if (after.status() != before.status()) {
                events.publish(container, "health_status: " + after.status().apiName());
            }
            return null;
        });
    }

    /**
     * The user stops or kills the container: its restart policy ends until the next start, and the stop is
     * recorded for {@code unless-stopped}. Returns the container when a process runs, to be signalled; a container
     * waiting to restart just stays stopped, and its waiters learn so.
     */
    private Optional<Container> stoppedByUser(Container container) {
        restarts.cancel(container.id());
        Container marked = container.withRestarts(container.restartCount(), true);
        if (container.state().hasProcess()) {
            update(marked);
            return Optional.of(marked);
        }
        ContainerState s = marked.state();
        update(marked.withState(s.exited(s.exitCode(), s.oomKilled(), s.finishedAt())));
        waiters.exited(container.id(), s.exitCode());
        return Optional.empty();
    }

    private static Signal stopSignal(Container container) {
        String configured = container.config().stopSignal();
        return configured == null || configured.isEmpty() ? Signal.TERM : Signal.parse(configured);
    }

    private void killAndAwait(ContainerId id, CompletableFuture<Integer> exit) {
        try {
            withLock(id, () -> {
                deliver(current(id), Signal.KILL);
                return null;
            });
        } catch (Conflict alreadyStopped) {
            // It exited between the grace period and the kill: the exit is on its way.
        }
        if (!await(exit, KILL_WAIT)) {
            throw new SystemFault("container " + id + " did not stop after SIGKILL");
        }
    }

    /** Sends a signal; a paused container is thawed so that it acts on it, as dockerd does. */
    private void deliver(Container container, Signal signal) {
        if (container.state().status() == ContainerStatus.PAUSED) {
            runtime.resume(container.id());
            update(container.withState(container.state().paused(false)));
        }
        runtime.signal(container.id(), signal.number());
        events.publish(container, "kill", Map.of("signal", Integer.toString(signal.number())));
    }

    private static boolean await(CompletableFuture<Integer> exit, Duration timeout) {
        try {
            exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SystemFault("interrupted while waiting for a container to stop", e);
        } catch (ExecutionException e) {
            throw new SystemFault("waiting for a container failed", e.getCause());
        }
    }

    private static boolean awaitForever(CompletableFuture<Integer> exit) {
        return await(exit, Duration.ofDays(365));
    }

    private boolean isRunning(ContainerId id) {
        return registry.get(id).map(c -> c.state().isRunning()).orElse(false);
    }

    private boolean descendsFrom(Container container, String image) {
        try {
            return images.resolve(image).id().equals(container.image());
        } catch (BerthException noSuchImage) {
            return false;
        }
    }

    private Container current(ContainerId id) {
        return registry.get(id).orElseThrow(() -> new dev.berth.domain.error.NotFound("No such container: " + id));
    }

    private void update(Container container) {
        store.save(container);
        registry.update(container);
    }

    private <T> T withLock(ContainerId id, Supplier<T> action) {
        ReentrantLock lock = locks.computeIfAbsent(id, k -> new ReentrantLock());
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    private static SnapshotKey snapshotKey(ContainerId id) {
        return ContainerLayer.of(id);
    }
}
