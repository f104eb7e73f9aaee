package io.keysmith.web;

import io.keysmith.design.Design;
import io.keysmith.live.ApplyOptions;
import io.keysmith.live.ApplyPlan;
import io.keysmith.live.ApplyService;
import io.keysmith.live.CancelToken;
import io.keysmith.live.SeedListener;
import io.keysmith.live.SeedResult;
import io.keysmith.live.Target;
import io.keysmith.live.VerifyReport;
import io.keysmith.model.Model;
import java.util.function.Supplier;

/** The DynamoDB work behind the Live tab, meant for a background thread: making a plan, and applying then verifying it. */
final class LiveRun {

    /** What a plan was made for, so that applying it talks to the same place. */
    record Planned(Target target, ApplyPlan plan) {
    }

    /** A finished apply: the seed, and the verification unless the seed was cancelled or incomplete. */
    record Applied(SeedResult seed, VerifyReport report) {
    }

    private LiveRun() {
    }

    /** Opens the target (starting the embedded server on first use) and reads its tables, changing nothing. */
    static Planned plan(Supplier<Target> target, Model model, Design design, ApplyOptions options) {
        Target t = target.get();
        try (ApplyService service = ApplyService.open(t)) {
            return new Planned(t, service.plan(model, design, options));
        }
    }

    /** Creates and seeds the tables, then runs every access pattern ({@code verifying} runs in between). */
    static Applied apply(Planned p, SeedListener listener, CancelToken token, Runnable verifying) {
        try (ApplyService service = ApplyService.open(p.target())) {
            SeedResult seed = service.apply(p.plan(), listener, token, ApplyOptions.defaultThreads());
            if (seed.cancelled() || !seed.complete()) {
                return new Applied(seed, null);
            }
            verifying.run();
            return new Applied(seed, service.verify(p.plan()));
        }
    }
}
