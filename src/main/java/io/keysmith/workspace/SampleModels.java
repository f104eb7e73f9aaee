package io.keysmith.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The sample models bundled in the jar (the top-level {@code sample-models} folder). */
public final class SampleModels {

    private SampleModels() {
    }

    /** File names of the bundled samples, sorted. */
    public static List<String> names() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(SampleModels.class.getClassLoader())
                    .getResources("classpath*:sample-models/*.json");
            return Arrays.stream(found).map(Resource::getFilename).filter(Objects::nonNull)
                    .distinct().sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static InputStream open(String name) {
        InputStream in = SampleModels.class.getResourceAsStream("/sample-models/" + name);
        if (in == null) {
            throw new IllegalArgumentException("no bundled sample model " + name);
        }
        return in;
    }
}
