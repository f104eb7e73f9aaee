package io.keysmith.local.value;

import io.keysmith.local.DynamoException;
import java.math.BigDecimal;

/** DynamoDB's number rules: at most 38 significant digits, magnitude between 1E-130 and below 1E+126. */
public final class Numbers {

    private static final BigDecimal MAX = new BigDecimal("1E+126");
    private static final BigDecimal MIN = new BigDecimal("1E-130");

    private Numbers() {}

    /** Parses a number as a client sent it, refusing what DynamoDB refuses with its messages. */
    public static BigDecimal parse(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw DynamoException.validation("A value provided cannot be converted into a number");
        }
        return check(value);
    }

    /** Refuses a number DynamoDB cannot store (also the result of arithmetic). */
    public static BigDecimal check(BigDecimal value) {
        BigDecimal canonical = canonical(value);
        if (canonical.signum() == 0) {
            return canonical;
        }
        if (canonical.precision() > 38) {
            throw DynamoException.validation("Attempting to store more than 38 significant digits in a Number");
        }
        BigDecimal magnitude = canonical.abs();
        if (magnitude.compareTo(MAX) >= 0) {
            throw DynamoException.validation("Number overflow. Attempting to store a number with magnitude larger than supported range");
        }
        if (magnitude.compareTo(MIN) < 0) {
            throw DynamoException.validation("Number underflow. Attempting to store a number with magnitude smaller than supported range");
        }
        return canonical;
    }

    /** One representation per number, so that equal numbers are equal records and hash alike. */
    static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.signum() == 0 ? BigDecimal.ZERO : stripped;
    }
}
