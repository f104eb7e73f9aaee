package io.keysmith.export.code;

import io.keysmith.live.CodeOracle.Answer;
import java.util.List;
import java.util.Map;

/** Generated code in some language, called by access pattern id with a parameter map. */
interface CodeCaller extends AutoCloseable {

    /** The items a read returns (empty for a write); {@link Refused} when a write's condition refused it. */
    List<Answer> call(String id, Map<String, Object> params) throws Refused;

    @Override
    void close();

    /** The generated code's ConditionalCheckFailed. */
    final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }
}
