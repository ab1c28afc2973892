package org.virtfx.ui.domains;

import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.DomainModel;

/** What a row of the domain tree shows: a connection, or one of its domains. */
sealed interface TreeRow {

    /** @return the connection the row belongs to */
    Connection connection();

    /**
     * A connection: the parent of its domains' rows.
     *
     * @param connection the connection
     */
    record ConnectionRow(Connection connection) implements TreeRow {
    }

    /**
     * A domain.
     *
     * @param domain the domain
     */
    record DomainRow(DomainModel domain) implements TreeRow {
        @Override
        public Connection connection() {
            return domain.connection();
        }
    }
}
