package io.keysmith.security;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The login screen of a server that asks for one; on a server that does not, it sends the browser to the models. */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Keysmith")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final Access access;
    private final LoginForm form = new LoginForm();

    public LoginView(Access access) {
        this.access = access;
        setId("login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        Paragraph why = new Paragraph("This Keysmith server is shared: log in with the user its administrator gave you.");
        why.addClassName(LumoUtility.TextColor.SECONDARY);
        add(new H1("Keysmith"), why, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!access.loginRequired()) {
            event.forwardTo("");
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
