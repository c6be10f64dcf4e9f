package io.signalroom.customer.ingest;

/**
 * Why one item of a batch was refused: its position in the array, the field (null when
 * the item as a whole is wrong) and the message key of the reason.
 */
record ItemError(int index, String field, String reasonKey, Object... arguments) {

}
