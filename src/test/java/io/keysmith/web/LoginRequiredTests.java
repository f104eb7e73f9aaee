package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.keysmith.live.Target;
import io.keysmith.security.Access;
import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Over plain HTTP, a server opened to the network answers nothing but its login page until a configured user logs in. */
class LoginRequiredTests extends SecuredServerTest {

    @Autowired
    Access access;

    @Autowired
    EmbeddedDynamo embedded;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyPageSendsABrowserWithoutSessionToTheLogin() throws Exception {
        for (String path : new String[] {"", "models/online-shop", "models/no-such-model"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValue(baseUrl() + "login");
        }
        HttpResponse<String> login = get("login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("<html");
    }

    @Test
    void theStylesheetIsServedWithoutALoginSoEveryScreenIsStyled() throws Exception {
        HttpResponse<String> css = get("keysmith.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains(".ks-navbar");
    }

    @Test
    void aVaadinRequestWithoutSessionIsRefused() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":0,\"clientId\":0}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isIn(302, 401, 403);
        assertThat(response.body()).doesNotContain("online-shop");
    }

    @Test
    void aWrongPasswordIsRefusedAndTheRightOneOpensTheModels() throws Exception {
        assertThat(logIn("ada", "wrong").headers().firstValue("Location")).hasValue(baseUrl() + "login?error");
        assertThat(get("").statusCode()).isEqualTo(302);

        HttpResponse<String> loggedIn = logIn("ada", PASSWORD);
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).startsWith(baseUrl()).doesNotContain("login");
        assertThat(get("").statusCode()).isEqualTo(200);
    }

    @Test
    void theLiveTableOffersOnlyTheLocalEngine() {
        assertThat(access.loginRequired()).isTrue();
        assertThat(access.allowAws()).isFalse();
        assertThat(access.allowEndpoints()).isFalse();
    }

    @Test
    void theServerListensOnTheNetworkAddressOnly() throws IOException {
        assumeThat(NETWORK_ADDRESS).as("this machine has no non-loopback IPv4 address; "
                + "the login was required through keysmith.security.require-login instead").isPresent();
        assertThat(access.exposed()).isTrue();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            throw new AssertionError("the server also answers on 127.0.0.1:" + port);
        } catch (ConnectException expected) {
            // bound to the network address alone
        }
    }

    @Test
    void theEmbeddedEngineStaysOnLoopbackWhenTheAppIsOpen() throws IOException {
        URI engine = ((Target.Endpoint) embedded.target()).url();
        assertThat(InetAddress.getByName(engine.getHost()).isLoopbackAddress()).as(engine.toString()).isTrue();
        assumeThat(NETWORK_ADDRESS).as("this machine has no non-loopback IPv4 address").isPresent();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(NETWORK_ADDRESS.get(), engine.getPort()), 2_000);
            throw new AssertionError("the local engine also answers on " + NETWORK_ADDRESS.get() + ":" + engine.getPort());
        } catch (ConnectException expected) {
            // loopback alone
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> logIn(String user, String password) throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
