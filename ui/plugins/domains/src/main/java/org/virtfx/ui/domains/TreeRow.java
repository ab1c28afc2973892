package org.virtfx.ui.domains;

import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.DomainModel;

/**
 * What a row of the domain tree shows: a connection, or one of its domains. The columns' cell
 * values are the public models themselves ({@link #model()}), so that code outside the plugin
 * (the application's end-to-end tests) can read the tree without knowing this type.
 */
sealed interface TreeRow {

    /** @param model a {@link DomainModel} or a {@link Connection} @return its row */
    static TreeRow of(Object model) {
        return model instanceof DomainModel d ? new DomainRow(d) : new ConnectionRow((Connection) model);
    }

    /** @return the connection the row belongs to */
    Connection connection();

    /** @return the model the row shows: the {@link DomainModel} or the {@link Connection} */
    Object model();

    /**
     * A connection: the parent of its domains' rows.
     *
     * @param connection the connection
     */
    record ConnectionRow(Connection connection) implements TreeRow {
        @Override
        public Object model() {
            return connection;
        }
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

        @Override
        public Object model() {
            return domain;
        }
    }
}
