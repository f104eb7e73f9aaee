package io.keysmith.live;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** An in-memory local engine reached over HTTP, as an endpoint target, for the tests of one class. */
final class LocalTables implements BeforeAllCallback, AfterAllCallback {

    private LocalEndpoint local;
    private ApplyService service;

    @Override
    public void beforeAll(ExtensionContext context) {
        local = LocalEndpoint.start(null);
        service = ApplyService.open(new Target.Endpoint(local.endpoint(), "us-east-1"));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        service.close();
        local.close();
    }

    ApplyService service() {
        return service;
    }
}
