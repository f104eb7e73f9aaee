package io.keysmith.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keysmith.cli.GeneratedModels;
import io.keysmith.model.Model;
import io.keysmith.model.ModelReader;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * A design whose thread is interrupted (a newer edit made it stale, or it ran past its time limit)
 * stops at the next rule with a message saying so, instead of finishing work nobody will see.
 */
class DesignInterruptionTests {

    @Test
    void anInterruptedThreadGetsNoDesignButAMessageAndItsFlagCleared() {
        Model shop = ModelReader.read(Path.of("src/test/resources/design/shop.model.json")).model();
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> DesignEngine.design(shop)).isInstanceOf(DesignInterrupted.class)
                .hasMessageContaining("the design was stopped before rule").hasMessageContaining("interrupted");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(DesignEngine.design(shop).tables()).isNotEmpty(); // the next design runs as usual
    }

    @Test
    void aLargeDesignInterruptedWhileItRunsStopsWithoutFinishing() throws Exception {
        Model large = GeneratedModels.of(2_000, 4);
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        Thread designer = new Thread(() -> {
            started.countDown();
            try {
                DesignEngine.design(large);
                failure.complete(null);
            } catch (RuntimeException e) {
                failure.complete(e);
            }
        });
        designer.start();
        started.await();
        designer.interrupt();

        assertThat(failure.get()).isInstanceOf(DesignInterrupted.class);
        designer.join();
    }
}
