package dev.berth.domain.container;

import dev.berth.domain.error.InvalidParameter;

/**
 * A published port: the container's {@code port/protocol} reached through {@code hostIp:hostPort}. An empty host IP
 * means every address; host port 0 means any free one; {@code hostPortEnd} above {@code hostPort} is a range to take
 * a free one from.
 */
public record PortBinding(int containerPort, String protocol, String hostIp, int hostPort, int hostPortEnd) {

    public PortBinding {
        protocol = protocol == null || protocol.isEmpty() ? "tcp" : protocol;
        hostIp = hostIp == null ? "" : hostIp;
        if (!protocol.equals("tcp") && !protocol.equals("udp") && !protocol.equals("sctp")) {
            throw new InvalidParameter("invalid proto: " + protocol);
        }
        if (containerPort < 1 || containerPort > 65535 || hostPort < 0 || hostPort > 65535) {
            throw new InvalidParameter("invalid port specification: " + containerPort + "/" + protocol);
        }
        hostPortEnd = Math.max(hostPortEnd, hostPort);
    }

    /** {@code 80/tcp}, the API's key. */
    public String portKey() {
        return containerPort + "/" + protocol;
    }

    /** The API's {@code HostPort}: {@code 8080}, {@code 8000-8010}, or empty for a random one. */
    public String hostPortText() {
        return hostPort == 0 ? "" : hostPortEnd > hostPort ? hostPort + "-" + hostPortEnd : Integer.toString(hostPort);
    }

    /** Parses the API's {@code "80/tcp"} key with a {@code HostIp} and {@code HostPort} ("", "8080", "8000-8010"). */
    public static PortBinding parse(String portKey, String hostIp, String hostPort) {
        String[] key = portKey.split("/", 2);
        try {
            int port = Integer.parseInt(key[0]);
            String proto = key.length > 1 ? key[1] : "tcp";
            if (hostPort == null || hostPort.isEmpty()) {
                return new PortBinding(port, proto, hostIp, 0, 0);
            }
            String[] range = hostPort.split("-", 2);
            int first = Integer.parseInt(range[0]);
            return new PortBinding(port, proto, hostIp, first, range.length > 1 ? Integer.parseInt(range[1]) : first);
        } catch (NumberFormatException e) {
            throw new InvalidParameter("invalid port specification: " + portKey + " " + hostPort);
        }
    }

    public PortBinding withHostPort(int port) {
        return new PortBinding(containerPort, protocol, hostIp, port, port);
    }
}
