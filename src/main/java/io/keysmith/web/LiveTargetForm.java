package io.keysmith.web;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.keysmith.live.ApplyOptions;
import io.keysmith.live.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Where the live table goes and how much data to load: Keysmith's local engine, an endpoint URL,
 * or AWS by profile and region, as far as the server allows the last two. It asks for no secret:
 * AWS credentials stay in the server's own configuration (profile files, environment), so none
 * ever reaches the browser.
 */
final class LiveTargetForm extends HorizontalLayout {

    static final String EMBEDDED = "Keysmith's local engine";
    static final String ENDPOINT = "Endpoint URL";
    static final String AWS = "AWS profile and region";

    // package-private so that tests can fill the form without a browser
    final RadioButtonGroup<String> kind = new RadioButtonGroup<>("Target");
    final TextField endpoint = new TextField("Endpoint URL");
    final TextField profile = new TextField("AWS profile");
    final TextField region = new TextField("AWS region");
    final IntegerField items = new IntegerField("Instances to generate");
    private final Checkbox replace = new Checkbox("Replace tables with a different schema");
    private final Checkbox empty = new Checkbox("Start from empty tables");
    private final TextField confirm = new TextField("Confirm table name");
    private final boolean allowEndpoints;
    private final boolean allowAws;

    /** A form offering every target, as a server on loopback does by default. */
    LiveTargetForm() {
        this(true, true);
    }

    LiveTargetForm(boolean allowEndpoints, boolean allowAws) {
        this.allowEndpoints = allowEndpoints;
        this.allowAws = allowAws;
        setId("live-target");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName("ks-row");
        kind.setItems(Stream.of(EMBEDDED, allowEndpoints ? ENDPOINT : null, allowAws ? AWS : null)
                .filter(Objects::nonNull).toList());
        kind.setValue(EMBEDDED);
        if (!allowEndpoints || !allowAws) {
            kind.setHelperText((allowEndpoints ? "AWS is" : allowAws ? "Endpoint URLs are" : "Endpoint URLs and AWS are")
                    + " turned off on this server");
        }
        kind.setId("live-kind");
        endpoint.setId("live-endpoint");
        endpoint.setPlaceholder("http://localhost:8000");
        endpoint.setWidth("18rem");
        profile.setId("live-profile");
        profile.setPlaceholder("default chain");
        profile.setHelperText("Credentials stay on the server");
        region.setId("live-region");
        region.setPlaceholder("eu-west-1");
        items.setId("live-items");
        items.setValue(ApplyOptions.DEFAULT_ITEMS);
        items.setMin(1);
        items.setMax(1_000_000);
        items.setStepButtonsVisible(true);
        replace.setId("live-replace");
        empty.setId("live-empty");
        empty.setTooltipText("Delete the tables that exist and create them again, so they hold only the new items");
        confirm.setId("live-confirm");
        confirm.setHelperText("Needed to delete or empty a table on AWS");
        kind.addValueChangeListener(e -> showFields());
        add(kind, endpoint, profile, region, items, replace, empty, confirm);
        showFields();
    }

    private void showFields() {
        endpoint.setVisible(ENDPOINT.equals(kind.getValue()));
        profile.setVisible(AWS.equals(kind.getValue()));
        region.setVisible(AWS.equals(kind.getValue()));
        confirm.setVisible(AWS.equals(kind.getValue()));
    }

    boolean embedded() {
        return EMBEDDED.equals(kind.getValue());
    }

    /**
     * The chosen target; the embedded one comes from {@code embedded} because starting it takes a
     * while. Throws {@link IllegalArgumentException} with a message naming the field when one is wrong.
     */
    Supplier<Target> target(EmbeddedDynamo shared) {
        if (embedded()) {
            return shared::target;
        }
        if (ENDPOINT.equals(kind.getValue()) ? !allowEndpoints : !allowAws) {
            throw new IllegalArgumentException("Target: this server offers only " + EMBEDDED);
        }
        if (ENDPOINT.equals(kind.getValue())) {
            Target target = new Target.Endpoint(endpointUrl(), "us-east-1");
            return () -> target;
        }
        String r = region.getValue().strip();
        if (!r.matches("[a-z]{2}(-[a-z]+)+-\\d")) {
            throw new IllegalArgumentException("AWS region: give a region like eu-west-1");
        }
        String p = profile.getValue().strip();
        Target target = new Target.Aws(p.isEmpty() ? null : p, r);
        return () -> target;
    }

    private URI endpointUrl() {
        URI url;
        try {
            url = new URI(endpoint.getValue().strip());
        } catch (URISyntaxException e) {
            url = null;
        }
        if (url == null || url.getScheme() == null || !url.getScheme().matches("https?") || url.getHost() == null) {
            throw new IllegalArgumentException("Endpoint URL: give a URL like http://localhost:8000");
        }
        if (url.getUserInfo() != null) {
            throw new IllegalArgumentException("Endpoint URL: leave credentials out of the URL");
        }
        return url;
    }

    String describe(EmbeddedDynamo shared) {
        if (embedded()) {
            return shared.describe();
        }
        return ENDPOINT.equals(kind.getValue()) ? "endpoint " + endpoint.getValue().strip()
                : "AWS region " + region.getValue().strip()
                        + (profile.getValue().isBlank() ? "" : " with profile " + profile.getValue().strip());
    }

    ApplyOptions options() {
        Integer n = items.getValue();
        if (n == null || n < 1 || n > 1_000_000 || items.isInvalid()) {
            throw new IllegalArgumentException("Instances to generate: give a whole number from 1 to 1,000,000");
        }
        String c = confirm.getValue().strip();
        return ApplyOptions.defaults().withItems(n).withReplace(replace.getValue(), c.isEmpty() ? null : c)
                .withEmpty(empty.getValue());
    }

    /** Calls {@code changed} whenever a field that decides the plan changes (a plan shown before is then out of date). */
    void onChange(Runnable changed) {
        kind.addValueChangeListener(e -> changed.run());
        endpoint.addValueChangeListener(e -> changed.run());
        profile.addValueChangeListener(e -> changed.run());
        region.addValueChangeListener(e -> changed.run());
        items.addValueChangeListener(e -> changed.run());
        replace.addValueChangeListener(e -> changed.run());
        empty.addValueChangeListener(e -> changed.run());
        confirm.addValueChangeListener(e -> changed.run());
    }

    void setBusy(boolean busy) {
        kind.setEnabled(!busy);
        endpoint.setEnabled(!busy);
        profile.setEnabled(!busy);
        region.setEnabled(!busy);
        items.setEnabled(!busy);
        replace.setEnabled(!busy);
        empty.setEnabled(!busy);
        confirm.setEnabled(!busy);
    }
}
