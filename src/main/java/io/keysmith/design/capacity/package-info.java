/**
 * The capacity model: how many items a request reads and writes, from what the model says
 * (counts, enumerations, relationship sizes, item sizes, rates), for engine and expert designs alike.
 */
package io.keysmith.design.capacity;
