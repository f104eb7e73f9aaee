package io.keysmith.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app started as users start it, on an address others reach with nobody to log in: one line, status 1, no server. */
class StartupCheckTests {

    @TempDir
    Path workspace;

    @Test
    void anOpenServerWithNoUserStopsWithOneSentenceAndStatusOne() throws Exception {
        Result result = start("--server.address=0.0.0.0", "--server.port=0", "--keysmith.workspace=" + workspace);
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("keysmith: Keysmith would listen on 0.0.0.0, which other machines can "
                + "reach, but no user or OpenID Connect provider is configured: set KEYSMITH_USER and KEYSMITH_PASSWORD (or "
                + "keysmith.users[0].name and keysmith.users[0].password-hash), or an OpenID Connect provider "
                + "(spring.security.oauth2.client.registration.ID.client-id, client-secret, scope=openid and "
                + "spring.security.oauth2.client.provider.ID.issuer-uri), or leave out --server.address to listen on "
                + "127.0.0.1 only.");
        assertThat(result.out()).doesNotContain("Exception").doesNotContain("Tomcat started");
    }

    @Test
    void aPlainPasswordWhereTheHashBelongsStopsItToo() throws Exception {
        Result result = start("--server.port=0", "--keysmith.workspace=" + workspace, "--keysmith.users[0].name=ada",
                "--keysmith.users[0].password-hash=hunter2");
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("keysmith: The Keysmith user \"ada\" has no usable password")
                .doesNotContain("hunter2").doesNotContain("\n");
    }

    private static Result start(String... options) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "io.keysmith.Application");
        builder.command().addAll(List.of(options));
        builder.environment().keySet().removeIf(name -> name.startsWith("KEYSMITH_") || name.startsWith("SERVER_"));
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the app did not stop within 90 s");
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private record Result(int status, String out, String err) {
    }
}
