package io.keysmith.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Applies {@link Access} with Spring Security: every request is let through as before when no login
 * is required; otherwise Vaadin's {@link VaadinSecurityConfigurer} puts every page and request behind
 * {@link LoginView} (form login, Spring's CSRF protection beside Vaadin's own, logout).
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
            log.info("Keysmith asks for a login ({} configured); the live table offers {}",
                    access.accounts().size() == 1 ? "1 user" : access.accounts().size() + " users", access.liveTargets());
        } else if (access.exposed()) {
            log.warn("Keysmith listens on {} without a login (keysmith.security.require-login=false): "
                    + "whoever reaches it can read, change and delete every model", access.address());
        }
        return access;
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, Access access, RequestUtil vaadinRequests) throws Exception {
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
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
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
