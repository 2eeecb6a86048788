/**
 * Loads the ScanCode LicenseDB corpus: license texts with their metadata and the detection rules.
 *
 * <p>Entry points: {@link org.licenselens.corpus.CorpusLocation#resolve} finds the corpus (command-line option,
 * {@code LICENSELENS_CORPUS}, system property {@code licenselens.corpus}, build-time default);
 * {@link org.licenselens.corpus.CorpusLoader#load} reads it into a {@link org.licenselens.corpus.Corpus} of
 * {@link org.licenselens.corpus.LicenseEntry} and {@link org.licenselens.corpus.Rule} records;
 * {@link org.licenselens.corpus.CorpusFingerprint#of} tells cheaply whether the files changed since an index was
 * built.
 *
 * <p>File format: YAML front matter between a first line {@code ---} and the next line {@code ---}, then the
 * text. Users may add {@code .LICENSE} files of the same format in extra directories; a user license overrides
 * a corpus license with the same key.
 *
 * <p>May use: {@code extract}, {@code text}.
 */
package org.licenselens.corpus;
