package io.keysmith;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import io.keysmith.cli.Cli;
import io.keysmith.security.StartupCheck;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts Keysmith: the web app when run without arguments or with only {@code --name=value}
 * options (after {@link StartupCheck} has checked who could reach it), otherwise the command line,
 * which never starts Spring or a web server.
 */
@SpringBootApplication
// results computed off the UI thread (a design, a live table's progress) reach the browser as soon as they are
// ready, over a websocket; the browser's own requests stay plain XHR
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        SpringApplication app = new SpringApplication(Application.class);
        app.addListeners(new StartupCheck());
        app.run(args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Keysmith");
    }
}
