package io.keysmith.security;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Stops the web app before it starts when {@link Access} refuses its configuration (open to the
 * network with nobody to log in), with the reason as one line on standard error and exit status 1.
 */
public final class StartupCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Access.from(event.getEnvironment()).refusal().ifPresent(reason -> {
            System.err.println("keysmith: " + reason);
            System.exit(1);
        });
    }
}
