package io.keysmith.web;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs one panel's slow computation (the design of a large model) off the UI thread and shows only
 * the latest: while one runs, a newer request waits and replaces any older waiting one, and the
 * running one is interrupted (the design engine stops at its next rule) and its result dropped. The
 * whole server computes at most {@link #THREADS} at a time (so memory stays bounded however many
 * people edit), and a computation that takes longer than its time limit is stopped and reported as
 * failed. The result is pushed to the browser as soon as it is shown (server push); without push the
 * browser polls while work is under way.
 * Every method is called in the UI thread (with the session lock held).
 */
final class LatestWork<T> {

    /** Computations running at once for the whole server; more wait in a short queue, past it they are refused. */
    static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    private static final AtomicInteger NUMBER = new AtomicInteger();
    private static final String POLLS = "keysmith-latest-work-polls";
    private static final ExecutorService POOL = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(32), work -> {
                Thread thread = new Thread(work, "keysmith-design-" + NUMBER.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });

    /** A computation's result or failure; {@code delivered} is only read and written in the UI thread. */
    private static final class Outcome<T> {
        private final T result;
        private final RuntimeException failure;
        private boolean delivered;

        Outcome(T result, RuntimeException failure) {
            this.result = result;
            this.failure = failure;
        }
    }

    /** One request: what to compute, and what to do with its result or its failure in the UI. */
    private record Request<T>(Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
    }

    /** How long a request waits for its result before answering the browser and polling for it. */
    static final Duration QUICK = Duration.ofMillis(250);

    private final UI ui;
    private final Duration limit;
    private Request<T> pending;
    private boolean running;
    private int generation;
    private boolean polling;
    /** The last computation started, for {@link #deliverWithin}: its request, generation and outcome. */
    private Request<T> startedRequest;
    private int startedGeneration;
    private CompletableFuture<Outcome<T>> startedOutcome;
    /** The computation on the pool now, set from the thread waiting for it: interrupted when overtaken. */
    private final AtomicReference<Future<T>> current = new AtomicReference<>();

    LatestWork(UI ui, Duration limit) {
        this.ui = ui;
        this.limit = limit;
    }

    /** Whether a computation runs or waits. */
    boolean busy() {
        return running || pending != null;
    }

    /** Computes {@code work} off the UI thread, then runs {@code done} (or {@code failed}) in it, unless overtaken. */
    void request(Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        request(work, done, failed, QUICK);
    }

    /**
     * As {@link #request(Supplier, Consumer, Consumer)}, waiting at most {@code wait} for a quick result to show
     * in this response: zero to start it and go on (another computation can then run beside it).
     */
    void request(Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed, Duration wait) {
        Request<T> request = new Request<>(work, done, failed);
        generation++;
        if (running) {
            pending = request;
            stopCurrent(); // out of date: free its thread for this one
        } else {
            start(request, wait);
        }
    }

    /**
     * Waits at most {@code wait} for the running computation and, if it finished, shows its result in this
     * response rather than at the next poll.
     */
    void deliverWithin(Duration wait) {
        CompletableFuture<Outcome<T>> outcome = startedOutcome;
        if (!running || outcome == null || pending != null) {
            return;
        }
        try {
            outcome.get(Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS);
            finished(startedRequest, startedGeneration, outcome);
        } catch (TimeoutException e) {
            // still running: shown when the browser polls
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e); // compute() completes normally, always
        }
    }

    /** Drops the running and the waiting computation: their results will not be shown. */
    void cancel() {
        generation++;
        pending = null;
        stopCurrent();
    }

    private void stopCurrent() {
        Future<T> running = current.get();
        if (running != null) {
            running.cancel(true);
        }
    }

    private void start(Request<T> request, Duration wait) {
        running = true;
        int mine = generation;
        CompletableFuture<Outcome<T>> outcome = new CompletableFuture<>();
        startedRequest = request;
        startedGeneration = mine;
        startedOutcome = outcome;
        Thread.ofVirtual().name("keysmith-design-wait").start(() -> {
            outcome.complete(compute(request));
            update(() -> finished(request, mine, outcome));
        });
        try {
            // a small model's design is ready at once: shown in this response, without polling
            outcome.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            finished(request, mine, outcome);
        } catch (TimeoutException e) {
            startPolling();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            startPolling();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e); // compute() completes normally, always
        }
    }

    /** Runs the work on the pool within the time limit; never throws, a failure is part of the outcome. */
    private Outcome<T> compute(Request<T> request) {
        Future<T> future = null;
        try {
            future = POOL.submit(request.work()::get);
            current.set(future);
            return new Outcome<>(future.get(limit.toMillis(), TimeUnit.MILLISECONDS), null);
        } catch (RejectedExecutionException e) {
            return new Outcome<>(null, new WorkRefused("The server is designing too many models at once; "
                    + "try again in a moment.", e));
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Outcome<>(null, new WorkRefused("The design took longer than " + limit.toSeconds()
                    + " s and was stopped; a smaller model, or fewer access patterns, designs faster.", e));
        } catch (CancellationException e) {
            // overtaken by a newer request: finished() starts that one and drops this outcome
            return new Outcome<>(null, new WorkRefused("The design was stopped: a newer edit replaced it.", e));
        } catch (ExecutionException e) {
            return new Outcome<>(null, e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome<>(null, new IllegalStateException("interrupted", e));
        } finally {
            if (future != null) {
                current.compareAndSet(future, null);
            }
        }
    }

    /** Shows an outcome once (it may arrive both in the request's own response and through {@code ui.access}). */
    private void finished(Request<T> request, int mine, CompletableFuture<Outcome<T>> done) {
        Outcome<T> outcome = done.join();
        if (outcome.delivered) {
            return;
        }
        outcome.delivered = true;
        running = false;
        Request<T> next = pending;
        pending = null;
        if (next != null) {
            start(next, QUICK); // this result is already out of date
            return;
        }
        stopPolling();
        if (mine != generation) {
            return; // cancelled while it ran
        }
        if (outcome.failure != null) {
            request.failed().accept(outcome.failure);
        } else {
            request.done().accept(outcome.result);
        }
    }

    /** Polls while any of the UI's computations runs (a panel may have several, such as the design and its comparison). */
    private void startPolling() {
        if (!polling && !Background.pushes(ui)) {
            polling = true;
            int[] polls = polls();
            if (polls[0]++ == 0 && ui.getPollInterval() < 0) {
                polls[1] = 1; // turned on here, so turned off here when the last computation ends
                ui.setPollInterval(Background.POLL_MILLIS);
            }
        }
    }

    private void stopPolling() {
        if (polling) {
            polling = false;
            int[] polls = polls();
            if (--polls[0] == 0 && polls[1] == 1) {
                polls[1] = 0;
                ui.setPollInterval(-1);
            }
        }
    }

    /** The UI's count of polling computations and whether they turned polling on. */
    private int[] polls() {
        int[] polls = (int[]) ComponentUtil.getData(ui, POLLS);
        if (polls == null) {
            polls = new int[2];
            ComponentUtil.setData(ui, POLLS, polls);
        }
        return polls;
    }

    private void update(com.vaadin.flow.server.Command change) {
        try {
            ui.access(change);
        } catch (UIDetachedException e) {
            // the tab was closed; nobody is left to show the result to
        }
    }

    /** Work the server declined or stopped, with a sentence for the user. */
    static final class WorkRefused extends RuntimeException {
        WorkRefused(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
