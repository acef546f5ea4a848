/** Plain data read from elements: what the processor knows of a tool class or an agent interface, and the readers that build it. */
package dev.claudejava.processor.model;
