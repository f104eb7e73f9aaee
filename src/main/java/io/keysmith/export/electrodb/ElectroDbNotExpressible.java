package io.keysmith.export.electrodb;

/** A part of the design ElectroDB cannot express; the message says what, for the export's notes. */
final class ElectroDbNotExpressible extends RuntimeException {

    ElectroDbNotExpressible(String message) {
        super(message);
    }
}
