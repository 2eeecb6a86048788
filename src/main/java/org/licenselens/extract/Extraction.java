package org.licenselens.extract;

/** The outcome of extracting text from one file: either the text or the reason there is none. */
public sealed interface Extraction permits ExtractedText, ExtractionFailure {
}
