package com.atlassian.templaterenderer;

/** Host API stub: unchecked failure while rendering a template. */
public class RenderingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RenderingException(String message) {
        super(message);
    }
}
