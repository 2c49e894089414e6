/**
 * The attempt log: accepted attempts held compactly in columns (a few bytes per attempt, so ten
 * million fit in memory), ordered by contact and time, the shape that feature building and
 * model training read.
 */
package org.reachlab.data.log;
