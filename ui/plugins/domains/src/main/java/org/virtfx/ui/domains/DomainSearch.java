package org.virtfx.ui.domains;

import java.util.Locale;
import org.virtfx.ui.api.DomainModel;
import org.virtfx.ui.core.widgets.DomainStates;

/**
 * What the search box asks for: a case-insensitive piece of a domain's name, title, state or
 * host (its connection's name).
 *
 * @param needle the text looked for, lower case and trimmed; empty matches everything
 */
record DomainSearch(String needle) {
    /** Matches every domain. */
    static final DomainSearch ALL = new DomainSearch("");

    /** @param text what the user typed @return the search */
    static DomainSearch of(String text) {
        return text == null ? ALL : new DomainSearch(text.strip().toLowerCase(Locale.ROOT));
    }

    /** @return whether it matches everything */
    boolean isEmpty() {
        return needle.isEmpty();
    }

    /** @param domain a domain @return whether it matches */
    boolean matches(DomainModel domain) {
        return isEmpty()
                || contains(domain.getName())
                || contains(domain.titleProperty().get())
                || contains(DomainStates.text(domain.getState()))
                || contains(domain.connection().displayName());
    }

    private boolean contains(String text) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }
}
