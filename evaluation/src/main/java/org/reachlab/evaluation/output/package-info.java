/**
 * How evaluation results are written: one configured Jackson mapper
 * ({@link org.reachlab.evaluation.output.ResultJson}) with the project's formatting and the
 * shapes of the shared value types, and one CSV writer
 * ({@link org.reachlab.evaluation.output.ResultCsv}) with the project's CSV dialect and number
 * format.
 */
package org.reachlab.evaluation.output;
