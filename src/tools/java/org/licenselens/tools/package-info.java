/**
 * The developer tools' subcommands, {@code bench}, {@code selfcheck} and {@code train}: no part of the product. They
 * are compiled from {@code src/tools/java} into {@code licenselens-tools.jar}, and registered with
 * {@link org.licenselens.cli.Main} as {@link org.licenselens.cli.ToolCommand} services.
 *
 * <p>May use the product through its facade and public types; the product never uses them.
 */
package org.licenselens.tools;
