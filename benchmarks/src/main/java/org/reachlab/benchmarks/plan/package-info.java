/** The speed of {@code reachlab plan}: a day's calls for a whole team out of a large contact base. */
package org.reachlab.benchmarks.plan;
