package io.keysmith.web;

import io.keysmith.workspace.Workspace;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The workspace folder of the web app: {@code keysmith.workspace}, by default ~/.keysmith/workspace. */
@Configuration
class WorkspaceConfig {

    @Bean
    Workspace workspace(@Value("${keysmith.workspace:${user.home}/.keysmith/workspace}") String folder) {
        return new Workspace(Path.of(folder)).initialize();
    }
}
