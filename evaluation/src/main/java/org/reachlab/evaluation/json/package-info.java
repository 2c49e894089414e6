/**
 * How evaluation results are written as JSON: one configured Jackson mapper
 * ({@link org.reachlab.evaluation.json.ResultJson}) with the project's formatting and the
 * shapes of the shared value types.
 */
package org.reachlab.evaluation.json;
