/**
 * Helpers shared across the engine's packages (file-tree clean-up). Depends on nothing else of licenselens, and only
 * the engine ({@code extract} … {@code scan}) may use it: the facade, {@code report} and {@code cli} do not. Do not
 * depend on it from outside licenselens.
 */
package org.licenselens.internal;
