package io.keysmith.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests of a server opened to the network: one Spring context of its own, listening on
 * this machine's first non-loopback IPv4 address with one configured user. On a machine without such
 * an address it listens on loopback and asks for the login through {@code keysmith.security.require-login}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.devmode.devTools.enabled=false", "vaadin.launch-browser=false"})
abstract class SecuredServerTest {

    static final String PASSWORD = "correct horse battery staple";
    static final Optional<InetAddress> NETWORK_ADDRESS = networkAddress();
    private static final Path WORKSPACE = temporaryWorkspace();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void openToTheNetwork(DynamicPropertyRegistry registry) {
        registry.add("keysmith.workspace", WORKSPACE::toString);
        // one property source holds the whole list: Spring Boot does not merge list entries across sources
        registry.add("keysmith.users[0].name", () -> "ada");
        registry.add("keysmith.users[0].password-hash", () -> new BCryptPasswordEncoder(4).encode(PASSWORD));
        registry.add("server.address", () -> host());
        if (NETWORK_ADDRESS.isEmpty()) {
            registry.add("keysmith.security.require-login", () -> "true");
        }
    }

    static String host() {
        return NETWORK_ADDRESS.map(InetAddress::getHostAddress).orElse("127.0.0.1");
    }

    String baseUrl() {
        return "http://" + host() + ":" + port + "/";
    }

    private static Optional<InetAddress> networkAddress() {
        try {
            return NetworkInterface.networkInterfaces().filter(SecuredServerTest::isUp)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                    .findFirst();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }

    private static Path temporaryWorkspace() {
        try {
            return Files.createTempDirectory("keysmith-secured-workspace");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
