package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keysmith.design.DesignEngine;
import io.keysmith.live.ApplyOptions;
import io.keysmith.live.ApplyPlan;
import io.keysmith.live.ApplyService;
import io.keysmith.live.CancelToken;
import io.keysmith.live.LiveException;
import io.keysmith.live.SeedListener;
import io.keysmith.live.Target;
import io.keysmith.model.Model;
import io.keysmith.model.ModelReader;
import org.junit.jupiter.api.Test;

/** The web app's one local engine: started once on first use, shared by every tab, gone after close. */
class EmbeddedDynamoTests {

    private final Model model = ModelReader.parse(LibraryModel.SMALL.formatted("Shared")).model();

    @Test
    void everyUseGetsTheSameServerAndItsTablesUntilItIsClosed() {
        Target first;
        try (EmbeddedDynamo embedded = new EmbeddedDynamo("")) {
            first = embedded.target();
            assertThat(embedded.target()).isEqualTo(first);
            assertThat(plan(first).actions()).singleElement().satisfies(a -> assertThat(a.kind().name()).isEqualTo("CREATE"));
            try (ApplyService service = ApplyService.open(first)) {
                service.apply(plan(first), SeedListener.NONE, new CancelToken(), 1);
            }
            assertThat(plan(embedded.target()).actions()).singleElement()
                    .satisfies(a -> assertThat(a.kind().name()).isEqualTo("REUSE"));
        }
        assertThatThrownBy(() -> plan(first)).isInstanceOf(LiveException.class).hasMessageContaining("cannot reach");
    }

    private ApplyPlan plan(Target target) {
        try (ApplyService service = ApplyService.open(target)) {
            return service.plan(model, DesignEngine.design(model), ApplyOptions.defaults().withItems(5));
        }
    }
}
