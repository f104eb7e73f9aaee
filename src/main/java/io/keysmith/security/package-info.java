/**
 * Who may use the web app: {@link io.keysmith.security.Access} decides from the listening address
 * and the configuration whether a login is needed and which live-table targets are offered;
 * {@code SecurityConfig} applies it with Spring Security and Vaadin's {@code VaadinSecurityConfigurer}
 * (form login for configured users, OpenID Connect for each {@link io.keysmith.security.OidcProvider}),
 * {@link io.keysmith.security.LoginView} is the login screen, and {@link io.keysmith.security.StartupCheck}
 * refuses to start a server open to the network that nobody could log in to. The embedded local
 * engine is not here: it always listens on loopback only ({@code live.LocalEndpoint}).
 */
package io.keysmith.security;
