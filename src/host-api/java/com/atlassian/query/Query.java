package com.atlassian.query;

/** Host API stub: a parsed JQL query (no members used). */
public interface Query {}
