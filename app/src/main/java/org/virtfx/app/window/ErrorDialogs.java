package org.virtfx.app.window;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.virtfx.libvirt.LibvirtException;

/** Error dialogs that show libvirt's message, code and domain, with copyable details. */
final class ErrorDialogs {
    private ErrorDialogs() {
    }

    /** @return libvirt's own message for libvirt errors, else the exception's message */
    static String shortMessage(Throwable cause) {
        if (cause instanceof LibvirtException e) {
            return e.libvirtMessage();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** @return everything a bug report needs: code, domain, level, function, stack */
    static String details(Throwable cause) {
        StringBuilder b = new StringBuilder();
        if (cause instanceof LibvirtException e) {
            b.append("libvirt error: ").append(e.libvirtMessage()).append('\n')
                    .append("code: ").append(e.code()).append(" (").append(e.rawCode()).append(")\n")
                    .append("domain: ").append(e.domain()).append('\n')
                    .append("level: ").append(e.level()).append('\n')
                    .append("function: ").append(e.function()).append("\n\n");
        }
        StringWriter stack = new StringWriter();
        cause.printStackTrace(new PrintWriter(stack));
        return b.append(stack).toString();
    }

    static void show(Window owner, String summary, Throwable cause) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("VirtFX error");
        alert.setHeaderText(summary);
        alert.setContentText(shortMessage(cause));
        TextArea text = new TextArea(details(cause));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(12);
        alert.getDialogPane().setExpandableContent(text);
        alert.show();
    }
}
