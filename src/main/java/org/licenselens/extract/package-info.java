/**
 * Reads a file's text, whatever its format (plain text in any common encoding, Markdown, HTML, XML, PDF, DOCX, ODT,
 * RTF through Apache Tika), within limits (size, characters, time, zip bombs, encryption), and never throws for a
 * problem with the file: {@link org.licenselens.extract.TextExtractor#extract} returns an
 * {@link org.licenselens.extract.Extraction}, either the {@link org.licenselens.extract.ExtractedText} or an
 * {@link org.licenselens.extract.ExtractionFailure} whose {@link org.licenselens.extract.FailureReason} says why.
 *
 * <p>The first step of the data flow: uses no other package of licenselens but {@code internal}.
 */
package org.licenselens.extract;
