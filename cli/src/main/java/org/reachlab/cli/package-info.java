/**
 * The {@code reachlab} command: one picocli subcommand per pipeline step. Commands parse
 * options, call the modules, and print short summaries; they hold no domain logic.
 */
package org.reachlab.cli;
