/**
 * The experiment report: one self-contained {@code report.html} with every figure drawn as
 * inline SVG, no script or style from elsewhere, and a content security policy that forbids
 * loading anything, so it opens offline and never touches the network. A small inline script
 * records script errors and blocked loads into the page, which the headless-browser test reads.
 */
package org.reachlab.evaluation.report;
