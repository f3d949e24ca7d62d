package com.atlassian.sal.api.auth;

import java.net.URI;

/** Host API stub: builds the host's login URL that returns to a given page. */
public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}
