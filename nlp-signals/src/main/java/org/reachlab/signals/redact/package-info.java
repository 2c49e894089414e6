/**
 * Personal data out of note text: {@link org.reachlab.signals.redact.Redactor} finds names of
 * people, e-mail addresses, phone numbers, IBANs and street addresses in English, German and
 * Norwegian text and replaces them by typed placeholders ({@code [PERSON]}, {@code [EMAIL]},
 * {@code [PHONE]}, {@code [IBAN]}, {@code [ADDRESS]}). Every writer of note text uses it; the
 * extractor itself always reads the original text, so signals do not depend on it.
 */
package org.reachlab.signals.redact;
