package dev.berth.drivers.network.proxy;

import dev.berth.domain.container.ContainerId;
import dev.berth.domain.container.PortBinding;
import dev.berth.domain.error.Conflict;
import dev.berth.domain.network.PortForwarder;

import java.io.Closeable;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Published ports as docker-proxy serves them: a listener on the host's address and port whose connections (or
 * datagrams) are relayed to the container. Unlike DNAT this also answers on 127.0.0.1, which the kernel does not
 * route to a bridge.
 */
public final class UserlandProxy implements PortForwarder {

    private static final Logger LOG = Logger.getLogger(UserlandProxy.class.getName());

    private final Map<ContainerId, List<Closeable>> forwards = new ConcurrentHashMap<>();

    @Override
    public PortBinding open(ContainerId container, PortBinding binding, String containerAddress) {
        InetSocketAddress target = new InetSocketAddress(containerAddress, binding.containerPort());
        String host = binding.hostIp().isEmpty() ? "0.0.0.0" : binding.hostIp();
        IOException last = null;
        for (int port = binding.hostPort(); port <= binding.hostPortEnd(); port++) {
            try {
                InetSocketAddress listen = new InetSocketAddress(host, port);
                Forward forward = binding.protocol().equals("udp") ? UdpForward.open(listen, target)
                        : TcpForward.open(listen, target);
                forwards.computeIfAbsent(container, id -> new ArrayList<>()).add(forward);
                return binding.withHostPort(forward.port());
            } catch (IOException e) {
                last = e;
            }
        }
        String reason = last instanceof BindException ? "port is already allocated" : String.valueOf(last);
        throw new Conflict("driver failed programming external connectivity on endpoint " + container.shortId()
                + ": Bind for " + host + ":" + binding.hostPortText() + " failed: " + reason);
    }

    @Override
    public void closeAll(ContainerId container) {
        List<Closeable> open = forwards.remove(container);
        for (Closeable forward : open == null ? List.<Closeable>of() : open) {
            try {
                forward.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "closing a published port of " + container, e);
            }
        }
    }

    /** One listening port. */
    interface Forward extends Closeable {
        int port();
    }
}
