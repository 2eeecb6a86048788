/**
 * The index of known texts: the term dictionary, the references (every license and rule as term ids), and the
 * persisted Lucene index that proposes candidates for a query ({@link org.licenselens.index.LicenseIndex}), built once
 * per corpus change and checked at open ({@link org.licenselens.index.IndexStore}).
 * {@link org.licenselens.index.LicenseCatalog} is the read-only view of the licenses' metadata that reports use.
 *
 * <p>May use: {@code extract}, {@code text}, {@code corpus}, and {@code internal}.
 */
package org.licenselens.index;
