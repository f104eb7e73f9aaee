/**
 * The jar's entry point, compiled for Java 17 so that it can restart the jar on a Java 21+.
 * Nothing else belongs here: it must not reference classes compiled for Java 21.
 */
package io.keysmith.launch;
