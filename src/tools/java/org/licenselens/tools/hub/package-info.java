/**
 * The synthetic hub: a generated Hugging Face hub of N models, written as a mirror or as Hub API records, with the
 * answers a scan of it must give. Test data for lineage and hub-scale runs; no part of the product.
 */
package org.licenselens.tools.hub;
