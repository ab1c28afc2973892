#!/usr/bin/env python3
"""Generates the binding's direct-mapped native declarations from libvirt's API description.

Usage: python3 binding/gen/gen_natives.py [/usr/share/libvirt/api/libvirt-api.xml]

Two kinds of class come out, both marked GENERATED in their first line:

- internal/Since_X_Y_Z: the functions libvirt added in release X.Y.Z, as JNA direct-mapped
  `static native` methods, registered together. Grouping by release means an older libvirt that
  lacks a release's functions leaves only that group unlinked.
- C<Header> in the public package (package-private): one static method per C function, named
  exactly as in C, that throws LibvirtException(NO_SUPPORT) when the function's group is not
  linked and otherwise calls it. The public API calls only these. The LINKED test is a static
  final boolean, which the JIT folds away.

C types map by rule, so that JNA never converts anything behind the binding's back: every
pointer, array and callback is a Pointer (callers marshal), `const char *` arguments are String
(encoded UTF-8 by NativeLibvirt's options) unless they carry binary data, integers keep their
width (C long and size_t are 64 bits: NativeLibvirt refuses other platforms).
"""
import os
import sys
import xml.etree.ElementTree as ET

API = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/libvirt/api/libvirt-api.xml"
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "java",
                    "org", "virtfx", "libvirt")
INTERNAL = os.path.join(ROOT, "internal")

FACADES = {
    "libvirt-host": ("CHost", "libvirt-host.h: connections, the node, CPU models"),
    "libvirt-domain": ("CDomain", "libvirt-domain.h: domains, their stats, events and jobs"),
    "libvirt-domain-snapshot": ("CSnapshot", "libvirt-domain-snapshot.h"),
    "libvirt-domain-checkpoint": ("CCheckpoint", "libvirt-domain-checkpoint.h"),
    "libvirt-network": ("CNetwork", "libvirt-network.h: networks, ports, DHCP leases"),
    "libvirt-storage": ("CStorage", "libvirt-storage.h: pools and volumes"),
    "libvirt-stream": ("CStream", "libvirt-stream.h"),
    "libvirt-interface": ("CInterface", "libvirt-interface.h: host network interfaces"),
    "libvirt-nodedev": ("CNodeDev", "libvirt-nodedev.h: host devices"),
    "libvirt-secret": ("CSecret", "libvirt-secret.h"),
    "libvirt-nwfilter": ("CNWFilter", "libvirt-nwfilter.h: network filters and their bindings"),
    "libvirt-event": ("CEvent", "libvirt-event.h: the event loop"),
    "libvirt-common": ("CTypedParams", "libvirt-common.h: typed parameter helpers"),
    "virterror": ("CError", "virterror.h: the error API"),
}

# `const char *` arguments that are byte buffers, not text.
BINARY_ARGS = {("virStreamSend", "data")}

JAVA_KEYWORDS = {"abstract", "default", "native", "class", "interface", "new", "private", "public",
                 "static", "final", "int", "long", "char", "double", "boolean", "short", "byte",
                 "enum", "package", "import", "this", "super", "switch", "case", "for", "while",
                 "do", "if", "else", "return", "void", "volatile", "transient", "synchronized",
                 "throw", "throws", "try", "catch", "finally", "goto", "const", "assert",
                 "instanceof", "extends", "implements", "strictfp", "continue", "break", "float",
                 "protected"}

INTEGERS = {"int": "int", "unsigned int": "int", "long": "long", "unsigned long": "long",
            "long long": "long", "unsigned long long": "long", "size_t": "long",
            "ssize_t": "long", "double": "double", "void": "void"}


def java_type(ctype, function, arg):
    ctype = ctype.strip()
    if ctype in INTEGERS:
        return INTEGERS[ctype]
    if ctype == "const char *" and arg is not None and (function, arg) not in BINARY_ARGS:
        return "String"
    # Everything else is an address: handles, out-parameters, arrays, buffers, callbacks and
    # returned strings (which the caller reads, and frees when it owns them).
    return "Pointer"


def group_class(version):
    return "Since_" + version.replace(".", "_")


def version_key(version):
    return tuple(int(p) for p in version.split("."))


def javadoc_text(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("*/", "*&#47;").replace("@", "&#64;").strip())


class Function:
    def __init__(self, e):
        self.name = e.get("name")
        self.file = e.get("file")
        self.version = e.get("version")
        ret = e.find("return")
        self.cret = ret.get("type")
        self.jret = java_type(self.cret, self.name, None)
        self.args = []
        for a in e.findall("arg"):
            jname = a.get("name")
            if jname in JAVA_KEYWORDS:
                jname += "_"
            self.args.append((a.get("type"), a.get("name"), java_type(a.get("type"), self.name, a.get("name")), jname))
        self.info = (e.findtext("info") or "").strip().split("\n")[0]

    def c_signature(self):
        args = ", ".join(t + ("" if t.endswith("*") else " ") + n for t, n, _, _ in self.args)
        return self.cret + ("" if self.cret.endswith("*") else " ") + self.name + "(" + (args or "void") + ")"

    def java_params(self):
        return ", ".join(j + " " + n for _, _, j, n in self.args)

    def java_args(self):
        return ", ".join(n for _, _, _, n in self.args)


def header(package):
    return ["// GENERATED by binding/gen/gen_natives.py from libvirt-api.xml; do not edit.",
            "package " + package + ";", "", "import com.sun.jna.Pointer;", ""]


def emit_group(version, functions):
    cls = group_class(version)
    lines = header("org.virtfx.libvirt.internal")
    lines += ["/**", " * The functions that libvirt " + version + " added, direct-mapped and linked together.",
              " *", " * <p>Call them through the {@code C*} classes of the binding, which check {@link #LINKED}.",
              " */",
              "public final class " + cls + " {",
              "    /** Whether the installed libvirt has every function below. */",
              "    public static final boolean LINKED = NativeLibvirt.register(" + cls + ".class);", "",
              "    private " + cls + "() {", "    }"]
    for f in functions:
        lines += ["", "    /** {@code " + javadoc_text(f.c_signature()) + "}. */",
                  "    public static native " + f.jret + " " + f.name + "(" + f.java_params() + ");"]
    lines += ["}", ""]
    write(os.path.join(INTERNAL, cls + ".java"), lines)


def emit_facade(file, functions):
    cls, what = FACADES[file]
    groups = sorted({group_class(f.version) for f in functions})
    lines = header("org.virtfx.libvirt")
    for g in groups:
        lines.insert(-1, "import org.virtfx.libvirt.internal." + g + ";")
    lines += ["/**", " * The C functions of " + what + ", each one checked for presence before the call.",
              " *", " * <p>Thread-safe: libvirt's functions are. A function that the installed libvirt lacks throws",
              " * {@link LibvirtException} with {@link ErrorNumber#NO_SUPPORT}.", " */",
              "final class " + cls + " {", "    private " + cls + "() {", "    }"]
    for f in functions:
        g = group_class(f.version)
        call = g + "." + f.name + "(" + f.java_args() + ");"
        lines += ["",
                  "    /**", "     * {@code " + javadoc_text(f.c_signature()) + "}, since " + f.version + ".",
                  "     *", "     * <p>" + (javadoc_text(f.info) or f.name), "     */",
                  "    static " + f.jret + " " + f.name + "(" + f.java_params() + ") {",
                  "        if (!" + g + ".LINKED) {",
                  "            throw ErrorCapture.noSupport(\"" + f.name + "\");",
                  "        }",
                  "        " + ("" if f.jret == "void" else "return ") + call,
                  "    }"]
    lines += ["}", ""]
    write(os.path.join(ROOT, cls + ".java"), lines)


def write(path, lines):
    text = "\n".join(lines)
    if "Pointer" not in text.split("import com.sun.jna.Pointer;", 1)[1]:
        text = text.replace("import com.sun.jna.Pointer;\n", "")
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)


def main():
    root = ET.parse(API).getroot()
    functions = [Function(e) for e in root.iter("function")]
    for name in os.listdir(INTERNAL):
        if name.startswith("Since_"):
            os.remove(os.path.join(INTERNAL, name))
    by_version = {}
    for f in functions:
        by_version.setdefault(f.version, []).append(f)
    for version in sorted(by_version, key=version_key):
        emit_group(version, sorted(by_version[version], key=lambda f: f.name))
    by_file = {}
    for f in functions:
        by_file.setdefault(f.file, []).append(f)
    for file, fs in sorted(by_file.items()):
        emit_facade(file, sorted(fs, key=lambda f: f.name))
    print("wrote", len(functions), "functions in", len(by_version), "release groups and", len(by_file), "facades")


if __name__ == "__main__":
    main()
