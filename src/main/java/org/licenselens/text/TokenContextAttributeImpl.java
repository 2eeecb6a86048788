package org.licenselens.text;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** Default implementation of {@link TokenContextAttribute}. */
public final class TokenContextAttributeImpl extends AttributeImpl implements TokenContextAttribute {
    private boolean lineStart;
    private boolean boundary;
    private char before;
    private char after;
    private char afterNext;

    /** Creates an attribute with no context. */
    public TokenContextAttributeImpl() {}

    @Override
    public boolean isLineStart() {
        return lineStart;
    }

    @Override
    public boolean isBoundary() {
        return boundary;
    }

    @Override
    public char charBefore() {
        return before;
    }

    @Override
    public char charAfter() {
        return after;
    }

    @Override
    public char charAfterNext() {
        return afterNext;
    }

    @Override
    public void setContext(boolean lineStart, boolean boundary, char before, char after, char afterNext) {
        this.lineStart = lineStart;
        this.boundary = boundary;
        this.before = before;
        this.after = after;
        this.afterNext = afterNext;
    }

    @Override
    public void setLineStart(boolean lineStart) {
        this.lineStart = lineStart;
    }

    @Override
    public void clear() {
        setContext(false, false, (char) 0, (char) 0, (char) 0);
    }

    @Override
    public void reflectWith(AttributeReflector reflector) {
        reflector.reflect(TokenContextAttribute.class, "lineStart", lineStart);
        reflector.reflect(TokenContextAttribute.class, "boundary", boundary);
        reflector.reflect(TokenContextAttribute.class, "before", before);
        reflector.reflect(TokenContextAttribute.class, "after", after);
        reflector.reflect(TokenContextAttribute.class, "afterNext", afterNext);
    }

    @Override
    public void copyTo(AttributeImpl target) {
        ((TokenContextAttribute) target).setContext(lineStart, boundary, before, after, afterNext);
    }
}
