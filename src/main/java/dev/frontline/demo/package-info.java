/**
 * The demo workspace created on first start, so that a new installation has staff, inboxes of every
 * channel, customers and a month of conversations in English, Chinese and Korean to look at.
 */
@NullMarked
package dev.frontline.demo;

import org.jspecify.annotations.NullMarked;
