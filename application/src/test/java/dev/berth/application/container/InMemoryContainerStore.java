package dev.berth.application.container;

import dev.berth.domain.container.Container;
import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.ContainerStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

final class InMemoryContainerStore implements ContainerStore {

    final Map<ContainerId, Container> records = new ConcurrentHashMap<>();

    @Override
    public void save(Container container) {
        records.put(container.id(), container);
    }

    @Override
    public void delete(ContainerId id) {
        records.remove(id);
    }

    @Override
    public List<Container> loadAll() {
        return new ArrayList<>(records.values());
    }

    @Override
    public Path logFile(ContainerId id) {
        return Path.of("/nonexistent", id.value(), "container.log");
    }
}
