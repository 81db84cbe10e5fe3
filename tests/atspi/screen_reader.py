"""Reads the app over AT-SPI as a screen reader (Orca) would, and acts through it.

Prints one JSON object: what was read (the markers, the timeline's time, the detail's text)
and what acting changed (selecting an event moves the time; the next-event button steps it;
the language menu switches the whole tree to Hungarian).
Exits 1 with a reason on stderr if the app never shows up on the accessibility bus.
Needs python3-dbus (Debian) and a session with the AT-SPI bus on (see run.sh).
"""

import json
import sys
import time

import dbus

ACCESSIBLE = "org.a11y.atspi.Accessible"
ACTION = "org.a11y.atspi.Action"
PROPERTIES = "org.freedesktop.DBus.Properties"


def atspi_bus():
    session = dbus.SessionBus()
    launcher = session.get_object("org.a11y.Bus", "/org/a11y/bus")
    address = dbus.Interface(launcher, "org.a11y.Bus").GetAddress()
    return dbus.bus.BusConnection(str(address))


class Node:
    def __init__(self, bus, name, path):
        self.bus, self.name, self.path = bus, str(name), str(path)
        self.obj = bus.get_object(self.name, self.path, introspect=False)

    def prop(self, key):
        return self.obj.Get(ACCESSIBLE, key, dbus_interface=PROPERTIES)

    def label(self):
        return str(self.prop("Name"))

    def description(self):
        return str(self.prop("Description"))

    def role(self):
        return int(dbus.Interface(self.obj, ACCESSIBLE).GetRole())

    def children(self):
        return [Node(self.bus, n, p) for n, p in dbus.Interface(self.obj, ACCESSIBLE).GetChildren()]

    def act(self):
        dbus.Interface(self.obj, ACTION).DoAction(0)


def find_app(bus, name, seconds=40):
    """The app's accessible (named after its binary), once it has a window."""
    root = Node(bus, "org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
    deadline = time.time() + seconds
    while time.time() < deadline:
        for app in root.children():
            try:
                if app.label() == name and app.children():
                    return app
            except dbus.DBusException:
                continue
        time.sleep(0.3)
    return None


def walk(node, depth=0, out=None):
    out = [] if out is None else out
    if depth > 40:
        return out
    try:
        out.append(node)
        for child in node.children():
            walk(child, depth + 1, out)
    except dbus.DBusException:
        pass
    return out


def labels_of(nodes):
    """The labels of the nodes that still answer."""
    labels = []
    for node in nodes:
        try:
            labels.append(node.label())
        except dbus.DBusException:
            pass
    return labels


def named(nodes, prefix):
    for node in nodes:
        try:
            if node.label().startswith(prefix):
                return node
        except dbus.DBusException:
            continue
    return None


def main():
    bus = atspi_bus()
    app = find_app(bus, "hungary1956")
    if app is None:
        print("the app never appeared on the accessibility bus", file=sys.stderr)
        return 1
    # The first frames fill the tree; read it once it has grown.
    nodes = []
    for _ in range(40):
        nodes = walk(app)
        if named(nodes, "Timeline: ") is not None:
            break
        time.sleep(0.5)
    labels = labels_of(nodes)
    timeline = named(nodes, "Timeline: ")
    result = {
        "nodes": len(nodes),
        "labels": labels,
        "timeline": timeline.label() if timeline else None,
    }
    # Select an event on the timeline, as a screen reader's "click" does.
    march = named(nodes, "Students march to the Pet")
    if march is not None:
        march.act()
        time.sleep(1.0)
        result["after_select"] = named(walk(app), "Timeline: ").label()
    # Step to the next event with the header's button.
    nodes = walk(app)
    step = next((n for n in nodes if n.label() == "▶" and "Next event" in n.description()), None)
    if step is not None:
        step.act()
        time.sleep(1.0)
        result["after_step"] = named(walk(app), "Timeline: ").label()
    # Switch to Hungarian through the language menu, then read the tree again.
    menu = named(walk(app), "Language")
    if menu is not None:
        menu.act()
        time.sleep(1.0)
        magyar = next((n for n in walk(app) if n.label() == "Magyar"), None)
        if magyar is not None:
            magyar.act()
            time.sleep(1.5)
            result["hungarian_labels"] = labels_of(walk(app))
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
