package dev.berth.drivers.network.dns;

import dev.berth.domain.network.Ipv4Subnet;
import dev.berth.domain.network.NameServer;
import dev.berth.domain.network.Network;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded server on a loopback port, asked by dnsjava's resolver (an independent codec); the host's resolver
 * it forwards to is a fake one on another loopback port that answers every A question with 192.0.2.10.
 */
class EmbeddedDnsTest {

    private static final Network NETWORK = new Network("a".repeat(64), "mynet", "bridge", Instant.EPOCH,
            Ipv4Subnet.parse("127.0.0.0/8"), "127.0.0.1", null, Map.of(), false, false, Map.of(), Map.of(), "local");

    private static final NameServer.Directory DIRECTORY = new NameServer.Directory() {
        private final Map<String, String> names = Map.of("web", "10.8.0.2", "db", "10.8.0.3", "cache", "10.8.0.3");

        @Override
        public List<String> lookup(String networkId, String name) {
            return networkId.equals(NETWORK.id()) && names.containsKey(name) ? List.of(names.get(name)) : List.of();
        }

        @Override
        public Optional<String> reverse(String networkId, String address) {
            return address.equals("10.8.0.2") ? Optional.of("web.mynet") : Optional.empty();
        }
    };

    private final FakeUpstream upstream = new FakeUpstream();
    private EmbeddedDns dns;
    private SimpleResolver resolver;

    @BeforeEach
    void serve() throws IOException {
        dns = new EmbeddedDns(() -> List.of("127.0.0.1"), 0, upstream.port());
        dns.serve(NETWORK, DIRECTORY);
        resolver = new SimpleResolver(InetAddress.getLoopbackAddress());
        resolver.setPort(dns.port(NETWORK));
        resolver.setTimeout(Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        dns.stop(NETWORK);
        upstream.close();
    }

    @Test
    void aContainersNameAnswersWithItsAddressAuthoritatively() throws IOException {
        Message answer = ask("web.", Type.A);
        assertEquals(Rcode.NOERROR, answer.getRcode());
        assertTrue(answer.getHeader().getFlag(Flags.AA));
        assertEquals(List.of("10.8.0.2"), addresses(answer));
    }

    @Test
    void anAliasAnswersWithItsContainersAddress() throws IOException {
        assertEquals(List.of("10.8.0.3"), addresses(ask("cache.", Type.A)));
    }

    @Test
    void aNameInTheNetworksDomainAnswersAsTheBareName() throws IOException {
        assertEquals(List.of("10.8.0.2"), addresses(ask("WEB.mynet.", Type.A)));
    }

    @Test
    void aReverseLookupNamesTheContainerOnTheNetwork() throws IOException {
        Message answer = ask("2.0.8.10.in-addr.arpa.", Type.PTR);
        List<Record> records = answer.getSection(Section.ANSWER);
        assertEquals(1, records.size());
        assertEquals(Name.fromString("web.mynet."), ((PTRRecord) records.getFirst()).getTarget());
    }

    @Test
    void anUnknownNameInTheNetworksDomainIsNxdomainAndNotForwarded() throws IOException {
        Message answer = ask("nosuch.mynet.", Type.A);
        assertEquals(Rcode.NXDOMAIN, answer.getRcode());
        assertEquals(List.of(), answer.getSection(Section.ANSWER));
        assertEquals(List.of(), upstream.asked);
    }

    @Test
    void aKnownNameWithoutRecordsOfTheTypeAnswersEmpty() throws IOException {
        Message answer = ask("web.", Type.AAAA);
        assertEquals(Rcode.NOERROR, answer.getRcode());
        assertEquals(List.of(), answer.getSection(Section.ANSWER));
        assertEquals(List.of(), upstream.asked);
    }

    @Test
    void otherNamesAreForwardedAndTheirAnswerComesBackUnchanged() throws IOException {
        assertEquals(List.of("192.0.2.10"), addresses(ask("example.org.", Type.A)));
        assertEquals(List.of("example.org."), upstream.asked);
    }

    @Test
    void anUnknownAddressIsForwardedToo() throws IOException {
        ask("9.9.8.10.in-addr.arpa.", Type.PTR);
        assertEquals(List.of("9.9.8.10.in-addr.arpa."), upstream.asked);
    }

    private Message ask(String name, int type) throws IOException {
        return resolver.send(Message.newQuery(Record.newRecord(Name.fromString(name), type, DClass.IN)));
    }

    private static List<String> addresses(Message answer) {
        return answer.getSection(Section.ANSWER).stream()
                .map(record -> ((ARecord) record).getAddress().getHostAddress()).toList();
    }

    /** A resolver on 127.0.0.1 that records the names asked and answers A 192.0.2.10 (else an empty answer). */
    private static final class FakeUpstream implements AutoCloseable {

        final List<String> asked = new CopyOnWriteArrayList<>();
        private final DatagramSocket socket;

        FakeUpstream() {
            try {
                socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Thread.ofVirtual().start(this::serve);
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve() {
            byte[] buffer = new byte[4096];
            while (!socket.isClosed()) {
                try {
                    DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                    socket.receive(packet);
                    Message query = new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
                    Record question = query.getQuestion();
                    asked.add(question.getName().toString());
                    Message reply = new Message(query.getHeader().getID());
                    reply.getHeader().setFlag(Flags.QR);
                    reply.addRecord(question, Section.QUESTION);
                    if (question.getType() == Type.A) {
                        reply.addRecord(new ARecord(question.getName(), DClass.IN, 60,
                                InetAddress.getByName("192.0.2.10")), Section.ANSWER);
                    }
                    byte[] wire = reply.toWire();
                    socket.send(new DatagramPacket(wire, wire.length, packet.getSocketAddress()));
                } catch (IOException e) {
                    return; // closed by the test
                }
            }
        }

        @Override
        public void close() {
            socket.close();
        }
    }
}
