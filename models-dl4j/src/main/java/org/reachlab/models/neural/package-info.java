/**
 * The neural family: a Deeplearning4j {@code ComputationGraph} with embeddings for the contact, its
 * segment (industry × role × country) and the local hour (weekday or weekend), merged with the shared dense time,
 * calendar, history and stated-preference features, two ReLU layers and a sigmoid output. Trained
 * seeded with Adam and early stopping on a time-ordered validation slice; unknown contacts use a
 * reserved embedding row that training fills by contact dropout, so cold start works; online updates
 * take a few gradient steps on new outcomes.
 */
package org.reachlab.models.neural;
