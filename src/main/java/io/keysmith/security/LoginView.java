package io.keysmith.security;

import com.vaadin.flow.component.html.Anchor;
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

/**
 * The login screen of a server that asks for one: the user/password form when users are configured and a
 * "Sign in with" link per OpenID Connect provider; on a server that asks for none, it sends the browser to the models.
 */
@Route(value = LoginView.ROUTE, autoLayout = false)
@PageTitle("Log in · Keysmith")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "login";
    /** The query parameter a failed login through a provider comes back with. */
    static final String PROVIDER_ERROR = "provider-error";

    private final Access access;
    private final LoginForm form = new LoginForm();
    private final Paragraph providerError = new Paragraph(
            "The login through your organisation's provider did not succeed. Try again, or ask your administrator.");

    public LoginView(Access access) {
        this.access = access;
        setId("login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        Paragraph why = new Paragraph(access.passwordLogin()
                ? "This Keysmith server is shared: log in with the user its administrator gave you."
                : "This Keysmith server is shared: log in with your organisation's account.");
        why.addClassName(LumoUtility.TextColor.SECONDARY);
        providerError.setId("login-provider-error");
        providerError.addClassName(LumoUtility.TextColor.ERROR);
        providerError.setVisible(false);
        add(new H1("Keysmith"), why, providerError);
        if (access.passwordLogin()) {
            form.setAction(ROUTE);
            form.setForgotPasswordButtonVisible(false);
            add(form);
        }
        for (OidcProvider provider : access.providers()) {
            // a plain link: the authorization request is Spring Security's endpoint, not a Vaadin route
            Anchor signIn = new Anchor(provider.loginPath().substring(1), "Sign in with " + provider.name());
            signIn.setRouterIgnore(true);
            signIn.setId("login-" + provider.registrationId());
            signIn.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Padding.MEDIUM);
            add(signIn);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!access.loginRequired()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        providerError.setVisible(parameters.containsKey(PROVIDER_ERROR));
    }
}
