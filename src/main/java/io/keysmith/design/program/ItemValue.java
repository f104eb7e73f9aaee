package io.keysmith.design.program;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.keysmith.design.PresentWhen;

/**
 * One attribute of a put's item: a template rendered from {@code from} (a bare {@code {attr}}
 * keeps the value's type; a composite one is text, or a number when the key is declared N). The
 * attribute is left out when the template names a value that is absent, unless {@code ifMissing}
 * gives a constant (an empty map for a host's embedded children), and when {@code when} fails
 * on the new values (a sparse index key).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemValue(String attribute, String value, Scope from, PresentWhen when, Object ifMissing) {

    public static ItemValue of(String attribute, String template) {
        return new ItemValue(attribute, template, null, null, null);
    }
}
