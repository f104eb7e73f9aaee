package io.keysmith.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.keysmith.live.Target;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The Live tab's target form: what it turns into a target, and what it refuses with the field's name. */
class LiveTargetFormTests {

    private final LiveTargetForm form = new LiveTargetForm();
    private final EmbeddedDynamo unused = new EmbeddedDynamo("");

    @Test
    void anEndpointUrlBecomesAnEndpointTarget() {
        form.kind.setValue(LiveTargetForm.ENDPOINT);
        form.endpoint.setValue(" http://localhost:8000 ");
        assertThat(form.target(unused).get()).isEqualTo(new Target.Endpoint(URI.create("http://localhost:8000"), "us-east-1"));
        assertThat(form.describe(unused)).isEqualTo("endpoint http://localhost:8000");
    }

    @Test
    void anEndpointThatIsNotAnHttpUrlIsRefused() {
        form.kind.setValue(LiveTargetForm.ENDPOINT);
        for (String bad : new String[] {"", "localhost:8000", "ftp://host/", "http://"}) {
            form.endpoint.setValue(bad);
            assertThatThrownBy(() -> form.target(unused)).hasMessage("Endpoint URL: give a URL like http://localhost:8000");
        }
    }

    @Test
    void credentialsInTheEndpointUrlAreRefusedAndNotRepeated() {
        form.kind.setValue(LiveTargetForm.ENDPOINT);
        form.endpoint.setValue("http://key:secret@localhost:8000");
        assertThatThrownBy(() -> form.target(unused)).hasMessageNotContaining("secret")
                .hasMessage("Endpoint URL: leave credentials out of the URL");
    }

    @Test
    void awsNeedsARegionAndTakesAnOptionalProfile() {
        form.kind.setValue(LiveTargetForm.AWS);
        form.region.setValue("eu-west-1");
        assertThat(form.target(unused).get()).isEqualTo(new Target.Aws(null, "eu-west-1"));
        form.profile.setValue("dev");
        assertThat(form.target(unused).get()).isEqualTo(new Target.Aws("dev", "eu-west-1"));
        form.region.setValue("");
        assertThatThrownBy(() -> form.target(unused)).hasMessageStartingWith("AWS region:");
    }

    @Test
    void theNumberOfInstancesMustBeBetweenOneAndAMillion() {
        form.items.setValue(250);
        assertThat(form.options().items()).isEqualTo(250);
        form.items.setValue(0);
        assertThatThrownBy(form::options).hasMessageStartingWith("Instances to generate:");
        form.items.clear();
        assertThatThrownBy(form::options).hasMessageStartingWith("Instances to generate:");
    }

    @Test
    void aServerThatAllowsNeitherOffersOnlyTheLocalEngineAndSaysWhy() {
        LiveTargetForm restricted = new LiveTargetForm(false, false);
        assertThat(restricted.kind.getListDataView().getItems()).containsExactly(LiveTargetForm.EMBEDDED);
        assertThat(restricted.kind.getHelperText()).isEqualTo("Endpoint URLs and AWS are turned off on this server");
        assertThat(new LiveTargetForm(true, false).kind.getListDataView().getItems())
                .containsExactly(LiveTargetForm.EMBEDDED, LiveTargetForm.ENDPOINT);
        assertThat(new LiveTargetForm(true, true).kind.getHelperText()).isNull();
    }

    @Test
    void aTargetTheServerDoesNotAllowIsRefusedEvenWhenChosen() {
        LiveTargetForm restricted = new LiveTargetForm(false, false);
        restricted.kind.setValue(LiveTargetForm.AWS);
        restricted.region.setValue("eu-west-1");
        assertThatThrownBy(() -> restricted.target(unused)).hasMessage("Target: this server offers only Keysmith's local engine");
        restricted.kind.setValue(LiveTargetForm.ENDPOINT);
        restricted.endpoint.setValue("http://169.254.169.254/");
        assertThatThrownBy(() -> restricted.target(unused)).hasMessage("Target: this server offers only Keysmith's local engine");
    }
}
