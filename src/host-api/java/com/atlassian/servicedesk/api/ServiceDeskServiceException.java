package com.atlassian.servicedesk.api;

/**
 * Host API stub: base of JSM's unchecked exceptions. The app only catches it; its constructors are
 * not stubbed.
 */
public abstract class ServiceDeskServiceException extends RuntimeException {}
