package io.keysmith.export;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders the Mustache templates of {@code templates/} (bundled in the jar as
 * {@code keysmith-templates/}), preferring a file of the same name in the user's templates
 * folder. HTML escaping is off: views arrive already escaped for their target format.
 */
public final class TemplateRenderer {

    static final String BUNDLED = "keysmith-templates/";

    private final DefaultMustacheFactory factory;

    public TemplateRenderer(Path overrides) {
        this.factory = new RawMustacheFactory(new Resolver(overrides));
    }

    /** Renders {@code name} (e.g. {@code terraform/main.tf.mustache}) with the given view. */
    public String render(String name, Object view) {
        Mustache mustache = factory.compile(name);
        StringWriter out = new StringWriter();
        mustache.execute(out, view);
        return out.toString();
    }

    /** Mustache without HTML escaping. */
    private static final class RawMustacheFactory extends DefaultMustacheFactory {
        RawMustacheFactory(MustacheResolver resolver) {
            super(resolver);
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Finds a template in the override folder first, then among the bundled ones. */
    private record Resolver(Path overrides) implements MustacheResolver {
        @Override
        public Reader getReader(String name) {
            if (overrides != null) {
                Path file = overrides.resolve(name).normalize();
                if (file.startsWith(overrides.normalize()) && Files.isRegularFile(file)) {
                    try {
                        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new ExportException("cannot read template " + file + ": " + e.getMessage());
                    }
                }
            }
            InputStream in = TemplateRenderer.class.getClassLoader().getResourceAsStream(BUNDLED + name);
            if (in == null) {
                throw new ExportException("template not found: " + name);
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }
    }
}
