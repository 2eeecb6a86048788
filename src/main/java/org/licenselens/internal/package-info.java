/** Helpers shared across packages; depends on nothing else of licenselens. Do not depend on it from outside. */
package org.licenselens.internal;
