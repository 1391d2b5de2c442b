package org.accommodationdesk.application.requests;

/** A file as the user sent it: the name they gave it and its bytes. */
public record Upload(String fileName, byte[] content) {}
