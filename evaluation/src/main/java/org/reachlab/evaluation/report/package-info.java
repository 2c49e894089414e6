/**
 * The experiment report: one self-contained {@code report.html} with every figure drawn as
 * inline SVG, no script or style from elsewhere, and a content security policy that forbids
 * loading anything, so it opens offline and never touches the network. A small inline script
 * records script errors and blocked loads into the page, which the headless-browser test reads.
 *
 * <p>A builder computes what a page shows into a report model
 * ({@link org.reachlab.evaluation.report.ExperimentReport},
 * {@link org.reachlab.evaluation.report.LogReport}): numbers formatted as the page shows them and
 * charts drawn as SVG by {@code Chart}. A Mustache template next to the classes
 * ({@code experiment.mustache}, {@code log-experiment.mustache}, with partials for the decision,
 * the page's script and its style) only lays the model out and HTML-escapes every value from data.
 */
package org.reachlab.evaluation.report;
