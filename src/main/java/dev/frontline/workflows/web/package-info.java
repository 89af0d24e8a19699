/** The workflows API: authoring, runs on conversations, analytics. */
@NullMarked
package dev.frontline.workflows.web;

import org.jspecify.annotations.NullMarked;
