package io.keysmith.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * An OpenID Connect provider users may log in through: one Spring Boot client registration
 * ({@code spring.security.oauth2.client.registration.ID.*}), named on the login page by its
 * {@code client-name}, else by its id.
 */
public record OidcProvider(String registrationId, String name) {

    static final String REGISTRATIONS = "spring.security.oauth2.client.registration";

    /** Where the browser starts a login through this provider (Spring Security's authorization request endpoint). */
    public String loginPath() {
        return "/oauth2/authorization/" + registrationId;
    }

    /** The registrations configured in the environment, in the order Spring binds them. */
    static List<OidcProvider> configured(Binder binder) {
        Map<String, Registration> registrations = binder
                .bind(REGISTRATIONS, Bindable.mapOf(String.class, Registration.class)).orElse(Map.of());
        List<OidcProvider> providers = new ArrayList<>();
        registrations.forEach((id, registration) -> providers.add(new OidcProvider(id,
                registration.clientName() == null || registration.clientName().isBlank() ? id : registration.clientName().strip())));
        return providers;
    }

    /**
     * The part of a client registration the login page needs (the client id only so that a registration without
     * a name still binds); Spring Boot binds and checks the rest itself.
     */
    record Registration(String clientId, String clientName) {
    }
}
