/**
 * The command line (picocli): one class per subcommand, returning its exit code; only
 * {@link org.licenselens.cli.Main} exits. The developer tools' subcommands ({@link org.licenselens.cli.ToolCommand})
 * are found on the class path, in {@code licenselens-tools.jar}.
 *
 * <p>May use everything but {@code internal}; the last step of the data flow.
 */
package org.licenselens.cli;
