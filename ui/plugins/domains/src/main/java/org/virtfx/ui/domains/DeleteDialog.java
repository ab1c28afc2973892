package org.virtfx.ui.domains;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.virtfx.libvirt.DomainState;
import org.virtfx.ui.api.DomainModel;
import org.virtfx.ui.core.widgets.DomainStates;

/**
 * virt-manager's Delete dialog: each machine with its disks, each disk with a "Delete associated
 * storage" box, checked for a machine's own image in a storage pool and unchecked for shared,
 * read-only and removable media and for files outside every pool. Its result is the machines
 * with the user's choices, or null when cancelled.
 */
final class DeleteDialog extends Dialog<List<DeleteTarget>> {

    DeleteDialog(List<DeleteTarget> machines) {
        setTitle("Delete");
        setHeaderText(machines.size() == 1 ? "Delete " + machines.get(0).domain().getName() + "?"
                : "Delete " + machines.size() + " virtual machines?");
        ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, delete);
        getDialogPane().setId("delete-dialog");
        VBox rows = new VBox(8);
        rows.setPadding(new Insets(4));
        Map<DeleteTarget, List<CheckBox>> boxes = new LinkedHashMap<>();
        for (DeleteTarget t : machines) {
            rows.getChildren().add(header(t.domain()));
            List<CheckBox> mine = new ArrayList<>();
            for (DiskChoice disk : t.disks()) {
                CheckBox box = new CheckBox("Delete associated storage: " + disk.target() + "  " + disk.path() + note(disk));
                box.setId("delete-storage-" + t.domain().getName() + "-" + disk.target());
                box.setSelected(disk.delete());
                box.setMnemonicParsing(false);
                // paths are long: wrap rather than cut off the notes that explain the default
                box.setWrapText(true);
                box.setMaxWidth(540);
                VBox.setMargin(box, new Insets(0, 0, 0, 16));
                mine.add(box);
                rows.getChildren().add(box);
            }
            if (t.disks().isEmpty()) {
                Label none = new Label("No storage");
                VBox.setMargin(none, new Insets(0, 0, 0, 16));
                rows.getChildren().add(none);
            }
            boxes.put(t, mine);
        }
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(360, 40 + 28 * rows.getChildren().size()));
        scroll.setPrefViewportWidth(560);
        getDialogPane().setContent(scroll);
        setResultConverter(button -> button != delete ? null : boxes.entrySet().stream().map(e -> {
            List<DiskChoice> disks = new ArrayList<>();
            for (int i = 0; i < e.getKey().disks().size(); i++) {
                disks.add(e.getKey().disks().get(i).withDelete(e.getValue().get(i).isSelected()));
            }
            return new DeleteTarget(e.getKey().domain(), List.copyOf(disks));
        }).toList());
    }

    private static Label header(DomainModel domain) {
        DomainState state = domain.getState();
        String running = DomainCommand.FORCE_OFF.allows(state)
                ? " — " + DomainStates.text(state).toLowerCase(java.util.Locale.ROOT) + ": it will be forced off first" : "";
        Label l = new Label(domain.getName() + " on " + domain.connection().displayName() + running);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static String note(DiskChoice disk) {
        List<String> notes = new ArrayList<>();
        if (!"disk".equals(disk.device())) {
            notes.add(disk.device());
        }
        if (disk.readOnly()) {
            notes.add("read-only");
        }
        if (disk.shareable()) {
            notes.add("shared");
        }
        if (!disk.inPool()) {
            notes.add("not in a storage pool");
        }
        return notes.isEmpty() ? "" : "  (" + String.join(", ", notes) + ")";
    }
}
