package io.keysmith.cli;

import io.keysmith.live.bench.EngineBenchmark;
import java.net.URI;
import java.util.List;

/** The command line of {@code bench --engine}, with defaults sized for the goals on 2 cores. */
final class EngineBenchArguments {

    private EngineBenchArguments() {
    }

    static EngineBenchmark.Options parse(List<String> args) {
        int items = 100_000;
        int threads = Math.max(4, 4 * Runtime.getRuntime().availableProcessors());
        int rounds = 3;
        int memoryItems = 1_000_000;
        int hotItems = 100_000;
        // enough that a p99 rests on 50 samples, so that one burst of load on a shared machine does not decide it
        int queries = 5_000;
        URI against = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--engine" -> { }
                case "--items" -> items = Args.number(Args.value(args, ++i, arg), arg, 25);
                case "--threads" -> threads = Args.number(Args.value(args, ++i, arg), arg, 1);
                case "--rounds" -> rounds = Args.number(Args.value(args, ++i, arg), arg, 1);
                case "--memory-items" -> memoryItems = Args.number(Args.value(args, ++i, arg), arg, 0);
                case "--hot-items" -> hotItems = Args.number(Args.value(args, ++i, arg), arg, 100);
                case "--queries" -> queries = Args.number(Args.value(args, ++i, arg), arg, 100);
                case "--against" -> against = Args.url(Args.value(args, ++i, arg), arg);
                default -> throw new IllegalArgumentException("unknown argument " + arg + " for bench --engine");
            }
        }
        return new EngineBenchmark.Options(items, threads, rounds, memoryItems, hotItems, queries, against);
    }
}
