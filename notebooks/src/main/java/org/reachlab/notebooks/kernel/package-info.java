/**
 * A Jupyter kernel for Java: JShell evaluates the cells inside the kernel's own JVM, so
 * every class of the workbench on the kernel's class path is usable from a notebook, and
 * the values cells produce are rendered by the kernel's renderer (tables as HTML, charts
 * as PNG images).
 */
package org.reachlab.notebooks.kernel;
