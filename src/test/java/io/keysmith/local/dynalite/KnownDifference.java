package io.keysmith.local.dynalite;

import java.util.Optional;

/**
 * Where dynalite 4.0.0 and DynamoDB differ, with the documentation that says DynamoDB (and so our
 * engine) is right. {@link #EMPTY_INDEX_KEY} is recognised in the answers and excluded; the others
 * the generator avoids, because they would make whole sequences diverge.
 */
enum KnownDifference {

    /**
     * dynalite stores an item whose GSI or LSI key is an empty String; DynamoDB refuses it with a
     * ValidationException. Developer Guide, "Supported data types and naming rules" (String): "empty
     * String values are not allowed for ... key attributes of a table or index" and the API error
     * "The AttributeValue for a key attribute cannot contain an empty string value". Excluded: the
     * item is then copied from the engine into dynalite so both hold the same data again.
     */
    EMPTY_INDEX_KEY,

    /**
     * dynalite checks an ExclusiveStartKey against the range condition in UTF-16 order while it sorts
     * by UTF-8 bytes; DynamoDB orders strings by UTF-8 bytes throughout (Developer Guide, "Key
     * condition expressions for the Query operation": "the results are returned in order of UTF-8
     * bytes"). Avoided: no generated string has a character in U+E000..U+FFFF.
     */
    UTF16_START_KEY_CHECK,

    /**
     * dynalite counts a String's size in UTF-16 code units; DynamoDB in UTF-8 bytes (Developer Guide,
     * "Item sizes": "Strings are Unicode with UTF-8 binary encoding"). Avoided: generated items are
     * far from the 400 KB and 1 MB limits, where sizes decide answers.
     */
    STRING_SIZE_IN_UTF16,

    /**
     * dynalite accepts Scan Segment 0 without TotalSegments; DynamoDB refuses ("If you provide
     * Segment, you must also provide TotalSegments", API Reference, Scan). Avoided: the generator
     * gives both or neither.
     */
    SEGMENT_ZERO_WITHOUT_TOTAL,

    /**
     * A filter on an LSI query or scan that names an attribute the index does not project: dynalite
     * evaluates it on the projected item (the attribute is missing), our engine on the whole item
     * fetched from the table. DynamoDB's documentation says an LSI query fetches unprojected
     * attributes that are requested, but not (that we found) how a filter on them is evaluated.
     * Avoided: LSI filters name only the projected attribute (or none); open question for the engine team.
     */
    LSI_FILTER_ON_UNPROJECTED,

    /**
     * Error messages are not compared, only error codes: DynamoDB documents the codes (API Reference,
     * "Common Errors" and each action's Errors), and its wording has changed since dynalite copied
     * it. The conformance suite checks our wording against DynamoDB's.
     */
    ERROR_MESSAGES;

    /** The known difference that explains these two answers to {@code step}, if any. */
    static Optional<KnownDifference> explain(RandomOperations.Step step, String dynalite, String engine) {
        // dynalite stores the item or, with a condition, fails the condition instead of refusing the key
        if (step.emptyIndexKey() && engine.equals("error ValidationException") && !dynalite.equals("error ValidationException")) {
            return Optional.of(EMPTY_INDEX_KEY);
        }
        return Optional.empty();
    }
}
