package io.keysmith.cli;

import java.io.PrintStream;
import java.util.List;

/** One command of the command line. Returns the exit status: 0 success, 1 invalid input. */
interface Command {

    String name();

    /** One line: arguments and what the command does. */
    String usage();

    int run(List<String> args, PrintStream out, PrintStream err);
}
