package org.accommodationdesk.application.reference;

/** A code with its name, for choosing. */
public record ReferenceItem(String code, String name) implements java.io.Serializable {}
