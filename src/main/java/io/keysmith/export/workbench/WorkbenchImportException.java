package io.keysmith.export.workbench;

/** A file that cannot be imported as a NoSQL Workbench model, with where and why. */
public class WorkbenchImportException extends RuntimeException {

    public WorkbenchImportException(String message) {
        super(message);
    }
}
