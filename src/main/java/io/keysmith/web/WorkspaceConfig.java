package io.keysmith.web;

import io.keysmith.workspace.ModelLimits;
import io.keysmith.workspace.Workspace;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The workspace folder of the web app ({@code keysmith.workspace}, by default ~/.keysmith/workspace)
 * and the largest model it holds ({@code keysmith.limits.bytes}, {@code .entities}, {@code .access-patterns}).
 */
@Configuration
class WorkspaceConfig {

    @Bean
    ModelLimits modelLimits(Environment environment) {
        ModelLimits defaults = ModelLimits.DEFAULT;
        return new ModelLimits(environment.getProperty("keysmith.limits.bytes", Long.class, defaults.bytes()),
                environment.getProperty("keysmith.limits.entities", Integer.class, defaults.entities()),
                environment.getProperty("keysmith.limits.access-patterns", Integer.class, defaults.accessPatterns()));
    }

    @Bean
    Workspace workspace(@Value("${keysmith.workspace:${user.home}/.keysmith/workspace}") String folder, ModelLimits limits) {
        return new Workspace(Path.of(folder), limits).initialize();
    }
}
