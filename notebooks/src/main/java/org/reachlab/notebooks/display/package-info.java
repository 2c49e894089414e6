/**
 * What a notebook shows: Tablesaw tables as HTML tables, XChart charts as inline PNG
 * images, so executed notebooks and their HTML renderings open offline.
 */
package org.reachlab.notebooks.display;
