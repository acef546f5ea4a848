/**
 * Support code for the runtime and for generated classes. Not a public API: it may change in any
 * release without notice.
 */
@NullMarked
package dev.claudejava.internal;

import org.jspecify.annotations.NullMarked;
