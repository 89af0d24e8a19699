/** The knowledge base's HTTP API. */
@NullMarked
package dev.frontline.knowledge.web;

import org.jspecify.annotations.NullMarked;
