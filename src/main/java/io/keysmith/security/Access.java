package io.keysmith.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Who may use this server and what it offers, decided once from its configuration: a login is
 * required when the web app listens on an address other than loopback ({@code server.address}) or
 * has users or OpenID Connect providers ({@link OidcProvider}) configured, unless
 * {@code keysmith.security.require-login} says otherwise; the live
 * table's AWS and endpoint-URL targets are then off unless {@code keysmith.live.allow-aws} /
 * {@code allow-endpoints} turn them on.
 */
public record Access(String address, boolean loginRequired, List<Account> accounts, List<OidcProvider> providers,
        boolean allowAws, boolean allowEndpoints) {

    public Access {
        accounts = List.copyOf(accounts);
        providers = List.copyOf(providers);
    }

    /** Reads the decision from Spring's environment (command line, environment variables, properties). */
    public static Access from(Environment environment) {
        Binder binder = Binder.get(environment);
        String address = environment.getProperty("server.address");
        List<Account> accounts = new ArrayList<>(
                binder.bind("keysmith.users", Bindable.listOf(Account.class)).orElse(List.of()));
        String user = environment.getProperty("keysmith.user", "");
        if (!user.isBlank()) {
            String password = environment.getProperty("keysmith.password", "");
            accounts.add(new Account(user.strip(), password.isEmpty() ? null : new BCryptPasswordEncoder().encode(password)));
        }
        List<OidcProvider> providers = OidcProvider.configured(binder);
        boolean loginRequired = binder.bind("keysmith.security.require-login", Boolean.class)
                .orElse(!isLoopback(address) || !accounts.isEmpty() || !providers.isEmpty());
        // a server others use offers only its own engine unless told otherwise: AWS would be the server's account
        // and an endpoint URL lets users make the server call any address it reaches
        boolean shared = loginRequired || !isLoopback(address);
        return new Access(address, loginRequired, accounts, providers,
                binder.bind("keysmith.live.allow-aws", Boolean.class).orElse(!shared),
                binder.bind("keysmith.live.allow-endpoints", Boolean.class).orElse(!shared));
    }

    /** Whether users log in with a name and password on the login page (form login). */
    public boolean passwordLogin() {
        return !accounts.isEmpty();
    }

    /** Whether users log in through an OpenID Connect provider. */
    public boolean oidcLogin() {
        return !providers.isEmpty();
    }

    /** Whether anyone beyond this machine can reach the web app. */
    public boolean exposed() {
        return !isLoopback(address);
    }

    /** The live table's targets this server offers, for its log. */
    public String liveTargets() {
        return "Keysmith's local engine" + (allowEndpoints ? ", endpoint URLs" : "") + (allowAws ? ", AWS" : "");
    }

    /** Whether the address reaches this machine only: an empty address means every interface. */
    static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address.strip()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Why the server must not start with this configuration, as one sentence; empty when it may. */
    public Optional<String> refusal() {
        for (Account account : accounts) {
            if (account.name() == null || account.name().isBlank()) {
                return Optional.of("A configured Keysmith user has no name: set keysmith.users[N].name.");
            }
            if (!account.hasUsableHash()) {
                return Optional.of("The Keysmith user \"" + account.name() + "\" has no usable password: give "
                        + "keysmith.users[N].password-hash a bcrypt hash ($2a$..., $2b$... or $2y$...), or set KEYSMITH_PASSWORD.");
            }
        }
        if (!loginRequired || passwordLogin() || oidcLogin()) {
            return Optional.empty();
        }
        String users = "set KEYSMITH_USER and KEYSMITH_PASSWORD (or keysmith.users[0].name and keysmith.users[0].password-hash), "
                + "or an OpenID Connect provider (" + OidcProvider.REGISTRATIONS + ".ID.client-id, client-secret, scope=openid "
                + "and spring.security.oauth2.client.provider.ID.issuer-uri)";
        if (isLoopback(address)) {
            return Optional.of("Keysmith requires a login (keysmith.security.require-login) but no user or OpenID Connect provider is configured: "
                    + users + ".");
        }
        return Optional.of("Keysmith would listen on "
                + (address == null || address.isBlank() ? "every network interface" : address)
                + ", which other machines can reach, but no user or OpenID Connect provider is configured: " + users
                + ", or leave out --server.address to listen on 127.0.0.1 only.");
    }
}
