package org.licenselens.index;

/**
 * What a reference text is: a whole license from LicenseDB, or one of ScanCode's rule kinds.
 *
 * <p>The kind decides how a match against it is reported: a license or rule text matches as {@code full} or
 * {@code near}, the shorter kinds keep their own name.
 */
public enum ReferenceKind {
    LICENSE, TEXT, NOTICE, REFERENCE, TAG, INTRO, CLUE;

    /** Whether a match of this kind reads as the license text itself rather than a pointer to it. */
    public boolean isLicenseText() {
        return this == LICENSE || this == TEXT;
    }
}
