package io.keysmith.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.keysmith.Application;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * In Chromium, a server opened to the network whose only way in is an OpenID Connect provider: a real one,
 * Spring Authorization Server in a Spring context of its own with one registered client and one user, and
 * Keysmith in another, configured with nothing but Spring Boot's standard client properties.
 */
@DisabledIfSystemProperty(named = "skipUiTests", matches = "true")
class OidcLoginTests {

    private static final String USER = "grace";
    private static final String PASSWORD = "hopper-compiler-1952";
    private static final String CLIENT_SECRET = "keysmith-client-secret";

    private static ConfigurableApplicationContext provider;
    private static ConfigurableApplicationContext keysmith;
    private static String providerUrl;
    private static String baseUrl;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void startTheProviderThenKeysmith() throws IOException {
        String host = SecuredServerTest.host();
        int keysmithPort = freePort(host);
        baseUrl = "http://" + host + ":" + keysmithPort + "/";
        String client = "spring.security.oauth2.authorizationserver.client.keysmith.";
        // the provider answers at "localhost" so the browser keeps its cookies apart from Keysmith's even when
        // both listen on loopback (cookies ignore the port)
        provider = new SpringApplicationBuilder(Provider.class).properties(
                "spring.config.name=oidc-provider", "server.address=127.0.0.1", "server.port=0",
                "spring.main.banner-mode=off",
                client + "registration.client-id=keysmith",
                client + "registration.client-secret={noop}" + CLIENT_SECRET,
                client + "registration.client-authentication-methods=client_secret_basic",
                client + "registration.authorization-grant-types=authorization_code,refresh_token",
                client + "registration.redirect-uris=" + baseUrl + "login/oauth2/code/corp",
                client + "registration.post-logout-redirect-uris=" + baseUrl + "login",
                client + "registration.scopes=openid,profile",
                client + "require-authorization-consent=false").run();
        providerUrl = "http://localhost:" + ((WebServerApplicationContext) provider).getWebServer().getPort();

        String registration = "--spring.security.oauth2.client.registration.corp.";
        keysmith = new SpringApplicationBuilder(Application.class).run(
                "--server.address=" + host, "--server.port=" + keysmithPort,
                "--keysmith.workspace=" + Files.createTempDirectory("keysmith-oidc-workspace"),
                "--vaadin.devmode.devTools.enabled=false", "--vaadin.launch-browser=false",
                registration + "client-id=keysmith", registration + "client-secret=" + CLIENT_SECRET,
                registration + "client-name=Corp SSO", registration + "scope=openid,profile",
                "--spring.security.oauth2.client.provider.corp.issuer-uri=" + providerUrl);
    }

    @AfterAll
    static void stopBoth() {
        if (keysmith != null) {
            keysmith.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = Browsers.shared().newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    @Test
    void theProvidersUserLogsInReachesTheModelsAndLogsOutAtTheProviderToo() {
        page.navigate(baseUrl + "models/online-shop");
        // no user is configured, so the browser goes straight to the provider's own login page
        assertThat(page).hasURL(providerUrl + "/login");
        shoot("oidc-provider-login");

        page.getByLabel("Username").fill(USER);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(Pattern.compile("^" + (baseUrl + "models/online-shop").replace(".", "\\.") + "(\\?continue)?$"));
        new ModelPage(page).waitUntilShown();
        assertThat(page.locator("#logout")).hasText("Log out " + USER);
        WorkspacePage models = WorkspacePage.open(page, baseUrl);
        assertThat(models.cellTexts()).contains("Online shop");
        shoot("oidc-models");

        page.locator("#logout").click();
        // the provider ended its session too and sent the browser back to Keysmith's login page
        assertThat(page).hasURL(baseUrl + "login");
        assertThat(page.locator("#login-corp")).hasText("Sign in with Corp SSO");
        shoot("oidc-logged-out");
        page.navigate(baseUrl + "models/online-shop");
        assertThat(page).hasURL(providerUrl + "/login");

        page.navigate(baseUrl + "login");
        page.locator("#login-corp").click();
        assertThat(page).hasURL(providerUrl + "/login");
    }

    @Test
    void aRequestWithoutTheSessionIsSentToTheProviderAndAVaadinRequestIsRefused() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : new String[] {"", "models/online-shop"}) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValue(baseUrl + "oauth2/authorization/corp");
        }
        HttpResponse<String> start = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "oauth2/authorization/corp"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith(providerUrl + "/oauth2/authorize?").contains("client_id=keysmith").contains("scope=openid"));
        HttpResponse<String> uidl = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":0,\"clientId\":0}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(uidl.statusCode()).as(uidl.body()).isIn(302, 401, 403);
        assertThat(uidl.body()).doesNotContain("Online shop");
    }

    private void shoot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")).setFullPage(true));
    }

    private static int freePort(String host) throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        }
    }

    /** The OpenID Connect provider: Spring Boot's Spring Authorization Server setup, without Vaadin, and one user. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration(excludeName = {"com.vaadin.flow.spring.SpringBootAutoConfiguration",
            "com.vaadin.flow.spring.SpringSecurityAutoConfiguration", "com.vaadin.flow.spring.VaadinScopesConfig"})
    static class Provider {

        @Bean
        UserDetailsService users() {
            return new InMemoryUserDetailsManager(User.withUsername(USER).password("{noop}" + PASSWORD).roles("USER").build());
        }

        /**
         * The provider's filters keep the JVM-wide security context strategy they are built with, but Keysmith's Vaadin,
         * started later in the same JVM, replaces it, and the provider's authorization endpoint reads the new one: the
         * filters follow whichever is current so both see the logged-in user (a provider in its own process needs none of this).
         */
        @Bean
        SecurityContextHolderStrategy currentSecurityContextStrategy() {
            return new SecurityContextHolderStrategy() {
                @Override
                public void clearContext() {
                    SecurityContextHolder.getContextHolderStrategy().clearContext();
                }

                @Override
                public SecurityContext getContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getContext();
                }

                @Override
                public void setContext(SecurityContext context) {
                    SecurityContextHolder.getContextHolderStrategy().setContext(context);
                }

                @Override
                public SecurityContext createEmptyContext() {
                    return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
                }
            };
        }
    }
}
