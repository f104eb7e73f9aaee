package io.keysmith.cli;

import io.keysmith.model.TableStyle;
import java.net.URI;
import java.util.List;

/** Reading option values from a command line, with the messages every command gives for a bad one. */
final class Args {

    private Args() {
    }

    /** The value after an option; {@code i} is its index. */
    static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    /** The table style a {@code --style} value names, or a message listing the styles. */
    static TableStyle style(String text, String option) {
        return TableStyle.parse(text).orElseThrow(() -> new IllegalArgumentException("unknown style \""
                + text + "\" for " + option + "; use " + String.join(" or ", TableStyle.jsonValues())));
    }

    static int number(String text, String option, int min) {
        try {
            int n = Integer.parseInt(text.replace("_", "").replace(",", ""));
            if (n < min) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number of at least " + min + ", got " + text);
        }
    }

    /** An endpoint URL such as http://localhost:8000. */
    static URI url(String text, String option) {
        URI url;
        try {
            url = URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " is not a URL: " + text);
        }
        if (url.getScheme() == null || url.getHost() == null) {
            throw new IllegalArgumentException(option + " needs a URL like http://localhost:8000, got " + text);
        }
        return url;
    }
}
