/**
 * Personal data in note text: the seam through which every writer of note text (the synthetic
 * world's {@code notes.csv}, ingest's {@code notes.csv} and rejects) removes names, e-mail
 * addresses, phone numbers, IBANs and street addresses before anything reaches a file.
 *
 * <p>The redaction itself lives in nlp-signals, which provides {@link
 * org.reachlab.data.privacy.NoteRedaction} as a service; this package only states the contract,
 * so that data-prep's writers need not depend on the text pipeline.
 */
package org.reachlab.data.privacy;
