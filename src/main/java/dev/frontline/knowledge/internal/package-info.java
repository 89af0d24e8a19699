/** The knowledge module's storage, HTML sanitizing and Lucene index. */
@NullMarked
package dev.frontline.knowledge.internal;

import org.jspecify.annotations.NullMarked;
