package io.keysmith.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The command line: dispatches {@code keysmith COMMAND ARGS} to a {@link Command}. */
public final class Cli {

    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        register(new ValidateCommand());
        register(new DesignCommand());
        register(new ExportCommand());
        register(new ImportCommand());
        register(new BenchCommand());
        register(new ApplyCommand());
        register(new LocalCommand());
        register(new HashPasswordCommand());
    }

    private Cli() {
    }

    private static void register(Command command) {
        COMMANDS.put(command.name(), command);
    }

    /** Whether the arguments ask for a command rather than the web app (started with only {@code --name=value} options). */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (!args[0].startsWith("--") || args[0].equals("--help"));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String name = args[0];
        if (name.equals("help") || name.equals("--help") || name.equals("-h")) {
            usage(out);
            return 0;
        }
        Command command = COMMANDS.get(name);
        if (command == null) {
            err.println("keysmith: unknown command \"" + name + "\"");
            usage(err);
            return 1;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return command.run(rest, out, err);
        } catch (RuntimeException e) {
            // A bug, not the user's mistake: one line, no stack trace unless asked for.
            err.println("keysmith " + name + ": internal error: " + e);
            if (System.getenv("KEYSMITH_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return 2;
        }
    }

    private static void usage(PrintStream out) {
        out.println("Usage: keysmith [COMMAND ARGS...]   (no command: start the web app)");
        out.println();
        out.println("Commands:");
        for (Command command : COMMANDS.values()) {
            out.printf("  %-13s %s%n", command.name(), command.usage());
        }
    }
}
