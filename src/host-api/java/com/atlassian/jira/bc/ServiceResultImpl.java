package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

/** Host API stub: the plain outcome of a service call, valid when it holds no errors. */
public class ServiceResultImpl implements ServiceResult {
    public ServiceResultImpl(ErrorCollection errors) {
        throw new UnsupportedOperationException("host API stub");
    }
}
