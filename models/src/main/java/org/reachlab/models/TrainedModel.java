package org.reachlab.models;

/**
 * A model fresh from the {@link org.reachlab.models.training.Trainer}, with its config and report.
 *
 * @param model  the model; it has seen every row of the training data
 * @param config the config it was trained with
 * @param report the training report
 */
public record TrainedModel(ReachabilityModel model, ModelConfig config, TrainingReport report) {
}
