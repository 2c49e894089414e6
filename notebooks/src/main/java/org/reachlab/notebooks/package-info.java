/**
 * Support for the workbench's notebooks: finding their input files from the repository
 * root, the Java kernel ({@code kernel}) and what cells display ({@code display}).
 */
package org.reachlab.notebooks;
