"""Every key of the review screen, in one table: the bindings, the help screen and the
command palette are all made from it, so none of them can forget a key."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True, slots=True)
class Key:
    """One key: what it does, where it applies, whether the footer shows it."""

    key: str  # Textual key name(s), comma-separated
    action: str  # action of the review screen
    label: str  # short footer label
    help: str  # one line for the help screen and the command palette
    section: str
    footer: bool = True
    shown: str = ""  # how the help screen writes the key, when not the key itself

    @property
    def display(self) -> str:
        """The key as the help screen writes it."""
        return self.shown or self.key


KEYS: tuple[Key, ...] = (
    # reviewing a claim
    Key("c", "mark('confirmed')", "Confirm", "Confirm the selected claim, go to the next",
        "Review"),
    Key("d", "mark('disputed')", "Dispute", "Dispute the selected claim, go to the next",
        "Review"),
    Key("x", "mark('rejected')", "Reject", "Reject the selected claim (not a claim / "
        "extraction error), go to the next", "Review"),
    Key("e", "edit", "Edit", "Correct value, qualifier, category, subject, attribution",
        "Review"),
    Key("n", "note", "Note", "Write a note on the selected claim", "Review"),
    Key("g", "move", "Move", "Move the selected claim to another figure or a new one",
        "Review"),
    Key("r", "resolve", "Resolve", "Resolve or explain a discrepancy, with a note", "Review"),
    Key("u", "undo", "Undo", "Undo your last action (one step at a time)", "Review"),
    # finding things
    Key("slash", "filter", "Filter", "Filter this view", "Find", shown="/"),
    Key("escape", "clear_filter", "Clear", "Clear this view's filter", "Find", footer=False,
        shown="esc"),
    Key("s", "sort", "Sort", "Sort this view by a column (or click a column header)",
        "Find", footer=False),
    Key("right_square_bracket", "step(1)", "Next",
        "Next page (lists) or next claim (Document)", "Find", footer=False, shown="]"),
    Key("left_square_bracket", "step(-1)", "Prev",
        "Previous page (lists) or previous claim (Document)", "Find", footer=False,
        shown="["),
    Key("greater_than_sign", "edge(1)", "Last", "Last page (lists) or last claim",
        "Find", footer=False, shown=">"),
    Key("less_than_sign", "edge(-1)", "First", "First page (lists) or first claim",
        "Find", footer=False, shown="<"),
    Key("enter", "open", "Open", "Open: figure → Compare, claim → Document, "
        "Document → its figure", "Find", footer=False),
    # screens
    Key("1", "tab('figures')", "Figures", "Show the Figures screen", "Screens", footer=False),
    Key("2", "tab('compare')", "Compare", "Show the Compare screen (selected figure)",
        "Screens", footer=False),
    Key("3", "tab('discrepancies')", "Discrepancies", "Show the Discrepancies screen",
        "Screens", footer=False),
    Key("4", "tab('claims')", "Claims", "Show the Claims screen (every claim)", "Screens",
        footer=False),
    Key("5", "tab('document')", "Document", "Show the Document screen (selected claim's "
        "article)", "Screens", footer=False),
    # the rest
    Key("E", "export", "Export", "Export the current view to a CSV file", "Other"),
    Key("ctrl+r", "reload", "Reload", "Reload everything from the database", "Other",
        footer=False),
    Key("question_mark", "help", "Help", "Show every key", "Other", shown="?"),
    Key("q", "quit", "Quit", "Quit (everything is already saved)", "Other"),
)

#: Keys the help screen lists that are not review-screen bindings.
EXTRA_HELP: tuple[tuple[str, str, str], ...] = (
    ("↑ ↓ PgUp PgDn", "Move in a list; past its end the next page loads", "Find"),
    ("tab / shift+tab", "Move between the parts of a screen", "Find"),
    ("ctrl+p", "Command palette: every action by name", "Other"),
    ("mouse", "Click tabs, rows, column headers (sort) and figures in an article",
     "Other"),
)


def bindings() -> list[Binding]:
    """The review screen's bindings, made from ``KEYS``; help first, so that the footer of a
    narrow terminal, which cuts the keys on its right, still says where every key is."""
    ordered = sorted(KEYS, key=lambda k: k.action != "help")
    return [Binding(k.key, k.action, k.label, show=k.footer) for k in ordered]
