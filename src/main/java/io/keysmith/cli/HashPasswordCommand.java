package io.keysmith.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code keysmith hash-password}: reads a password from the terminal (not echoed) or from standard
 * input and prints its bcrypt hash, for {@code keysmith.users[N].password-hash}.
 */
final class HashPasswordCommand implements Command {

    private final InputStream piped;

    HashPasswordCommand() {
        this(null);
    }

    /** With {@code piped} the password is its first line, whatever the terminal; for tests. */
    HashPasswordCommand(InputStream piped) {
        this.piped = piped;
    }

    @Override
    public String name() {
        return "hash-password";
    }

    @Override
    public String usage() {
        return "read a password (terminal or stdin), print its bcrypt hash for keysmith.users[N].password-hash";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            err.println("keysmith hash-password: takes no arguments; type the password when asked, or pipe it in "
                    + "(a password on the command line would stay in the shell's history)");
            return 1;
        }
        String password = read();
        if (password == null || password.isEmpty()) {
            err.println("keysmith hash-password: no password given");
            return 1;
        }
        out.println(new BCryptPasswordEncoder().encode(password));
        return 0;
    }

    private String read() {
        Console console = System.console();
        if (piped == null && console != null) {
            char[] typed = console.readPassword("Password: ");
            return typed == null ? null : new String(typed);
        }
        try {
            InputStream in = piped == null ? System.in : piped;
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
