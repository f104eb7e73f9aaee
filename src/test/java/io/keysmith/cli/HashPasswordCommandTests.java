package io.keysmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** {@code keysmith hash-password}, and options alone starting the web app rather than a command. */
class HashPasswordCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aPipedPasswordBecomesABcryptHashThatMatchesIt() {
        int status = run("correct horse battery staple\n", List.of());
        assertThat(status).isZero();
        String hash = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(hash).startsWith("$2a$10$").hasSize(60);
        assertThat(new BCryptPasswordEncoder().matches("correct horse battery staple", hash)).isTrue();
    }

    @Test
    void aPasswordOnTheCommandLineOrNoneAtAllIsRefused() {
        assertThat(run("", List.of("hunter2"))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("takes no arguments").doesNotContain("hunter2");
        assertThat(run("", List.of())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no password given");
    }

    @Test
    void optionsAloneStartTheWebAppAndAWordIsACommand() {
        assertThat(Cli.isCommand(new String[] {"--keysmith.users[0].name=ada", "--server.address=0.0.0.0"})).isFalse();
        assertThat(Cli.isCommand(new String[] {"--server.port=9000"})).isFalse();
        assertThat(Cli.isCommand(new String[] {})).isFalse();
        assertThat(Cli.isCommand(new String[] {"hash-password"})).isTrue();
        assertThat(Cli.isCommand(new String[] {"--help"})).isTrue();
        assertThat(Cli.isCommand(new String[] {"-h"})).isTrue();
    }

    private int run(String stdin, List<String> args) {
        return new HashPasswordCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)))
                .run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
