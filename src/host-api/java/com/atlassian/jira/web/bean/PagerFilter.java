package com.atlassian.jira.web.bean;

/** Host API stub: a page of search results (first index and size). */
public class PagerFilter<T> {
    public PagerFilter(int start, int max) {}
}
