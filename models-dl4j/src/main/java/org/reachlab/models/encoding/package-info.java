/**
 * The feature encoding shared by the logistic and neural families: from data-prep's feature rows
 * (which never look ahead) to numeric vectors. A {@link org.reachlab.models.encoding.RawRows}
 * table holds the unscaled features of many attempts in time order; a
 * {@link org.reachlab.models.encoding.FeatureEncoder} is fitted on the training slice only
 * (vocabularies with a reserved unknown row, standardisation) and turns raw rows into
 * {@link org.reachlab.models.encoding.EncodedRows}. {@link org.reachlab.models.encoding.ContactHistory}
 * carries a contact's running history so that predictions after training, and online updates,
 * see the same history features as training did. A {@link org.reachlab.models.encoding.CoreModel}
 * wraps a family's fitted {@link org.reachlab.models.encoding.EncodedCore} with that shared state,
 * and samples from the core's posterior when it keeps one ({@link org.reachlab.models.encoding.PosteriorCore}).
 */
package org.reachlab.models.encoding;
