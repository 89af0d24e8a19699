package dev.frontline.workflows;

/** A draft is rewritten in place and cannot be run; a published workflow is run by agents and versioned on save. */
public enum WorkflowStatus { DRAFT, PUBLISHED, ARCHIVED }
