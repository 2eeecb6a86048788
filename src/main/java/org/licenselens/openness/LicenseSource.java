package org.licenselens.openness;

import java.util.Locale;

/** Where a component's license was found, most specific first. */
public enum LicenseSource {
    /** An {@code SPDX-License-Identifier} line in the source file itself. */
    SPDX_HEADER,
    /** A license file in the component's folder or a folder above it, below the release root. */
    FOLDER_LICENSE,
    /** The front matter of a card (a data card, say) in the component's folder or above, below the root. */
    FOLDER_CARD,
    /** The model card's {@code license}: the terms of the weights and documents. */
    MODEL_CARD,
    /** The license file at the release root: the terms of the code. */
    ROOT_LICENSE,
    /** A declared component: its terms cannot be read offline. */
    NOT_VERIFIABLE,
    /** Nothing names a license. */
    NONE;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
