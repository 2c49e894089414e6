/**
 * Tomorrow's call list for every rep: which due contacts to call, when (inside the contact's
 * calling window and the rep's working hours and hourly capacity), the model's connect probability
 * with its interval, and why. {@link org.reachlab.pipeline.plan.Planner} chooses the calls by
 * expected value under {@link org.reachlab.data.compliance.CallingRules} and checks each one
 * against them; {@link org.reachlab.pipeline.plan.Explainer} says why from the evidence that moved
 * the probability most (the contact's own history, its segment, its notes); {@link
 * org.reachlab.pipeline.plan.PlanWriter} writes the plan as CSV, JSON, one iCalendar file per rep
 * and a printable page.
 */
package org.reachlab.pipeline.plan;
