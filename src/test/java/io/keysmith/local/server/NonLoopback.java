package io.keysmith.local.server;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.util.Collections;

/** This machine's first IPv4 address that is not loopback, and whether the server answers there. */
final class NonLoopback {

    private NonLoopback() {
    }

    static InetAddress address() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address) {
                        return a;
                    }
                }
            }
        }
        return null;
    }

    /** Whether a health check at that address and port answers. */
    static boolean accepts(InetAddress address, int port) {
        try (RawHttp http = new RawHttp(URI.create("http://" + address.getHostAddress() + ":" + port))) {
            http.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            return http.read().status() == 200;
        } catch (IOException e) {
            return false;
        }
    }
}
