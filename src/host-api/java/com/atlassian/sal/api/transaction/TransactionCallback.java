package com.atlassian.sal.api.transaction;

/** Host API stub: work run inside a database transaction by SAL or Active Objects. */
public interface TransactionCallback<T> {
    T doInTransaction();
}
