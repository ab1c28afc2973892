package org.virtfx.ui.domains;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.virtfx.ui.api.PluginAction;
import org.virtfx.ui.api.PluginPreferences;

/**
 * Which columns are shown, remembered in the plugin's preferences
 * ({@code columns.<id>.visible}), and the View-menu switches that change it.
 */
final class ColumnSettings {
    /** The View menu, where the column switches go. */
    static final String MENU = "_View";

    private final Map<String, BooleanProperty> visible = new LinkedHashMap<>();

    /** @param preferences where the choices are read and written */
    ColumnSettings(PluginPreferences preferences) {
        for (DomainColumns.Spec spec : DomainColumns.ALL) {
            String key = key(spec.id());
            boolean shown = !spec.hideable() || preferences.getBoolean(key, spec.shownByDefault());
            BooleanProperty p = new SimpleBooleanProperty(this, spec.id(), shown);
            if (spec.hideable()) {
                p.addListener((o, before, now) -> preferences.put(key, Boolean.toString(now)));
            }
            visible.put(spec.id(), p);
        }
    }

    /** @param columnId a column id @return the preference key of its visibility */
    static String key(String columnId) {
        return "columns." + columnId + ".visible";
    }

    /** @param columnId a column id @return whether it is shown; settable */
    BooleanProperty visible(String columnId) {
        return visible.get(columnId);
    }

    /** @return one checkable View-menu action per column users may hide */
    List<PluginAction> actions() {
        int[] order = {500};
        return DomainColumns.ALL.stream().filter(DomainColumns.Spec::hideable)
                .map(spec -> PluginAction.builder("domains.column." + spec.id())
                        .text(spec.title())
                        .description("Show the " + spec.title() + " column")
                        .inMenu(MENU)
                        .order(order[0]++)
                        .selected(visible(spec.id()))
                        .build())
                .toList();
    }
}
