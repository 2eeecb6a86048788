package org.licenselens.corpus;

import java.util.Locale;
import java.util.Set;

/** The operators of a license expression ({@code AND}, {@code OR}, {@code WITH}), in one place for every reader. */
public final class ExpressionOperators {
    private static final Set<String> OPERATORS = Set.of("and", "or", "with");

    private ExpressionOperators() {}

    /** Returns whether {@code word} is an operator, in any case. */
    public static boolean isOperator(String word) {
        return OPERATORS.contains(word.toLowerCase(Locale.ROOT));
    }
}
