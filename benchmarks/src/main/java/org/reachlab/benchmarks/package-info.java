/**
 * Benchmarks of the workbench's hot paths, and the fixtures they share: large CRM exports of a
 * chosen size, written deterministically from a seed.
 */
package org.reachlab.benchmarks;
