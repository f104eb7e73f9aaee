package io.keysmith.design;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Something a reviewer should know: a Scan, a hot partition, a limit close to being reached. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Warning(String code, String severity, String target, String message, String remedy) {
}
