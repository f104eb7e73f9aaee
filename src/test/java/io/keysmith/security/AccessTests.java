package io.keysmith.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** What the listening address and the configuration decide: the login, the users, the live targets, a refusal to start. */
class AccessTests {

    private static final String HASH = new BCryptPasswordEncoder(4).encode("correct horse");

    @Test
    void onLoopbackWithNoUserNothingAsksForALoginAndEveryTargetIsOffered() {
        for (String address : new String[] {"127.0.0.1", "::1", "localhost", "127.0.0.2"}) {
            Access access = access(Map.of("server.address", address));
            assertThat(access.loginRequired()).as(address).isFalse();
            assertThat(access.exposed()).as(address).isFalse();
            assertThat(access.allowAws()).isTrue();
            assertThat(access.allowEndpoints()).isTrue();
            assertThat(access.refusal()).isEmpty();
        }
    }

    @Test
    void anyOtherAddressAsksForALoginAndOffersOnlyTheLocalEngine() {
        for (String address : new String[] {"0.0.0.0", "::", "192.0.2.10", ""}) {
            Access access = access(Map.of("server.address", address, "keysmith.users[0].name", "ada",
                    "keysmith.users[0].password-hash", HASH));
            assertThat(access.exposed()).as(address).isTrue();
            assertThat(access.loginRequired()).as(address).isTrue();
            assertThat(access.allowAws()).isFalse();
            assertThat(access.allowEndpoints()).isFalse();
            assertThat(access.accounts()).containsExactly(new Account("ada", HASH));
            assertThat(access.toString()).contains("ada").doesNotContain(HASH);
            assertThat(access.refusal()).isEmpty();
        }
    }

    @Test
    void anOpenServerWithNoUserIsRefusedInOneSentenceThatSaysWhatToDo() {
        assertThat(access(Map.of("server.address", "0.0.0.0")).refusal()).contains("Keysmith would listen on 0.0.0.0, "
                + "which other machines can reach, but no user or OpenID Connect provider is configured: set KEYSMITH_USER and KEYSMITH_PASSWORD "
                + "(or keysmith.users[0].name and keysmith.users[0].password-hash), or an OpenID Connect provider "
                + "(spring.security.oauth2.client.registration.ID.client-id, client-secret, scope=openid and "
                + "spring.security.oauth2.client.provider.ID.issuer-uri), or leave out --server.address to "
                + "listen on 127.0.0.1 only.");
        assertThat(access(Map.of("keysmith.security.require-login", "true")).refusal().orElseThrow())
                .startsWith("Keysmith requires a login (keysmith.security.require-login) but no user or OpenID Connect provider is configured");
    }

    @Test
    void aUserFromTheEnvironmentGetsABcryptHashOfTheirPassword() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("env",
                Map.of("KEYSMITH_USER", "ada", "KEYSMITH_PASSWORD", "correct horse", "SERVER_ADDRESS", "192.0.2.10")));
        Access access = Access.from(environment);
        assertThat(access.loginRequired()).isTrue();
        assertThat(access.accounts()).singleElement().satisfies(account -> {
            assertThat(account.name()).isEqualTo("ada");
            assertThat(new BCryptPasswordEncoder().matches("correct horse", account.passwordHash())).isTrue();
        });
    }

    @Test
    void aPlainPasswordWhereAHashBelongsOrAUserWithoutPasswordIsRefused() {
        assertThat(access(Map.of("keysmith.users[0].name", "ada", "keysmith.users[0].password-hash", "secret"))
                .refusal().orElseThrow()).startsWith("The Keysmith user \"ada\" has no usable password").doesNotContain("secret\"");
        assertThat(access(Map.of("keysmith.user", "ada")).refusal()).isPresent();
        assertThat(access(Map.of("keysmith.users[0].name", "ada", "keysmith.users[0].password-hash", "{bcrypt}" + HASH))
                .refusal()).isEmpty();
    }

    @Test
    void usersOnLoopbackTurnTheLoginOnAndAnExplicitSettingWins() {
        Map<String, Object> user = Map.of("keysmith.users[0].name", "ada", "keysmith.users[0].password-hash", HASH);
        assertThat(access(user).loginRequired()).isTrue();
        assertThat(access(user).allowAws()).isFalse();
        Access docker = access(Map.of("server.address", "0.0.0.0", "keysmith.security.require-login", "false"));
        assertThat(docker.loginRequired()).isFalse();
        assertThat(docker.allowAws()).isFalse();
        assertThat(docker.refusal()).isEmpty();
        Access opened = access(Map.of("server.address", "0.0.0.0", "keysmith.user", "ada", "keysmith.password", "pw",
                "keysmith.live.allow-aws", "true", "keysmith.live.allow-endpoints", "true"));
        assertThat(opened.allowAws()).isTrue();
        assertThat(opened.allowEndpoints()).isTrue();
    }

    @Test
    void anOpenIdConnectProviderAloneLetsAnOpenServerStartAndNamesItsLoginButton() {
        Access access = access(Map.of("server.address", "0.0.0.0",
                "spring.security.oauth2.client.registration.corp.client-id", "keysmith",
                "spring.security.oauth2.client.registration.corp.client-name", "Corp SSO",
                "spring.security.oauth2.client.registration.corp.scope", "openid,profile",
                "spring.security.oauth2.client.registration.github.client-id", "other"));
        assertThat(access.refusal()).isEmpty();
        assertThat(access.loginRequired()).isTrue();
        assertThat(access.passwordLogin()).isFalse();
        assertThat(access.providers()).containsExactlyInAnyOrder(new OidcProvider("corp", "Corp SSO"),
                new OidcProvider("github", "github"));
        assertThat(access.allowAws()).isFalse();
    }

    @Test
    void aProviderOnLoopbackTurnsTheLoginOnLikeAUserDoes() {
        Access access = access(Map.of("spring.security.oauth2.client.registration.corp.client-id", "keysmith"));
        assertThat(access.loginRequired()).isTrue();
        assertThat(access.providers()).extracting(OidcProvider::loginPath).containsExactly("/oauth2/authorization/corp");
    }

    private static Access access(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("server.address", "127.0.0.1")));
        environment.getPropertySources().addFirst(new MapPropertySource("case", properties));
        return Access.from(environment);
    }
}
