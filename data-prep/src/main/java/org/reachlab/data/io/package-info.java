/**
 * Reading and writing the CSV tables users bring (calls, contacts, notes): header matching
 * without regard to case or order, RFC 4180 quoting, BOM and CRLF, and the rejects file that
 * receives every row that cannot be read, with its file, line, column, value and reason.
 */
package org.reachlab.data.io;
