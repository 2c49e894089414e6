/**
 * A timed command for the logistic and neural families: feature encoding, one training epoch and
 * scoring on a large synthetic attempt table (see {@link org.reachlab.models.speed.EncodedSpeed}).
 */
package org.reachlab.models.speed;
