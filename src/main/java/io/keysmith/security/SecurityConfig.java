package io.keysmith.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Applies {@link Access} with Spring Security: every request is let through as before when no login
 * is required; otherwise Vaadin's {@link VaadinSecurityConfigurer} puts every page and request behind
 * a login (Spring's CSRF protection beside Vaadin's own, logout): {@link LoginView}'s form for configured
 * users, OpenID Connect ({@code oauth2Login}) for configured providers, or both on one page.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    @Bean
    Access access(Environment environment) {
        Access access = Access.from(environment);
        access.refusal().ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        if (access.loginRequired()) {
            log.info("Keysmith asks for a login ({} configured, OpenID Connect providers: {}); the live table offers {}",
                    access.accounts().size() == 1 ? "1 user" : access.accounts().size() + " users",
                    access.providers().isEmpty() ? "none" : access.providers().stream().map(OidcProvider::registrationId).toList(),
                    access.liveTargets());
        } else if (access.exposed()) {
            log.warn("Keysmith listens on {} without a login (keysmith.security.require-login=false): "
                    + "whoever reaches it can read, change and delete every model", access.address());
        }
        return access;
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, Access access, RequestUtil vaadinRequests,
            ObjectProvider<ClientRegistrationRepository> clientRegistrations) throws Exception {
        if (!access.loginRequired()) {
            // as before Spring Security was added: Vaadin protects its own requests against forgery
            return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .csrf(AbstractHttpConfigurer::disable)
                    .logout(AbstractHttpConfigurer::disable)
                    .build();
        }
        // Vaadin lets its own requests through and checks each view itself; one without a session cannot belong
        // to a page this server served (the login page included), so it is asked to log in like any other
        http.authorizeHttpRequests(requests -> requests.requestMatchers(request -> "POST".equals(request.getMethod())
                && request.getSession(false) == null && vaadinRequests.isFrameworkInternalRequest(request)).authenticated()
                // the app's own stylesheet holds nothing secret, and the login page is styled by it too
                .requestMatchers("/keysmith.css").permitAll());
        // the provider is the only way in when it is the only one and no user is configured: the browser goes straight to it
        String oidcLoginPage = !access.passwordLogin() && access.providers().size() == 1
                ? access.providers().getFirst().loginPath() : "/" + LoginView.ROUTE;
        if (access.oidcLogin()) {
            http.oauth2Login(login -> {
                // set here, not only by Vaadin's configurer that comes later, or Spring would generate its own login page
                login.loginPage(oidcLoginPage);
                // a failed provider login ends on Keysmith's login page with the reason, never back at the provider
                login.failureHandler(providerLoginFailed());
            });
        }
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            if (access.passwordLogin()) {
                vaadin.loginView(LoginView.class);
            } else {
                vaadin.oauth2LoginPage(oidcLoginPage);
            }
            if (access.oidcLogin()) {
                vaadin.logoutSuccessHandler(oidcLogout(clientRegistrations.getObject()));
            }
        }).build();
    }

    /** Logs why a login through a provider failed (the browser gets a sentence, the log the cause) and shows the login page. */
    private static AuthenticationFailureHandler providerLoginFailed() {
        SimpleUrlAuthenticationFailureHandler toLoginPage =
                new SimpleUrlAuthenticationFailureHandler("/" + LoginView.ROUTE + "?" + LoginView.PROVIDER_ERROR);
        return (request, response, failure) -> {
            log.warn("A login through an OpenID Connect provider failed: {}", failure.getMessage(), failure);
            toLoginPage.onAuthenticationFailure(request, response, failure);
        };
    }

    /**
     * Logs a provider's user out at the provider too (RP-initiated logout), so the next visit asks for the
     * password again instead of signing straight back in; a password user, or a provider without an end-session
     * endpoint, lands on the login page.
     */
    private static OidcClientInitiatedLogoutSuccessHandler oidcLogout(ClientRegistrationRepository registrations) {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        handler.setPostLogoutRedirectUri("{baseUrl}/" + LoginView.ROUTE);
        handler.setDefaultTargetUrl("/" + LoginView.ROUTE);
        return handler;
    }

    @Bean
    UserDetailsService userDetailsService(Access access) {
        return new InMemoryUserDetailsManager(access.accounts().stream()
                .map(a -> User.withUsername(a.name()).password(a.passwordHash().replaceFirst("^\\{bcrypt}", ""))
                        .roles("USER").build())
                .toList());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
