/**
 * Importers that turn public call logs into the workbench's standard tables, so that every later
 * step can run on real data.
 */
package org.reachlab.data.imports;
