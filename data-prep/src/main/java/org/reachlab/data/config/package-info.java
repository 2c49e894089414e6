/**
 * Reading the workbench's YAML files (worlds, experiments): bundled defaults and error messages
 * that name the key's path.
 */
package org.reachlab.data.config;
