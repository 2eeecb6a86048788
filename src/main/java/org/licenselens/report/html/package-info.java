/**
 * The one way licenselens writes HTML: {@link org.licenselens.report.html.Html}, a streaming page writer that
 * escapes every text and attribute value, allows only report-safe elements and attributes (no scripts, event
 * handlers, external resources or foreign links) and puts a Content-Security-Policy on every page. Every HTML
 * report (compare, scan) is written through it.
 */
package org.licenselens.report.html;
