//! Budapest at street scale, as a user meets it: the names of October 1956 on the map, as
//! they were on the day shown, with today's name on hover (driven through the real app).

#[path = "support/harness.rs"]
mod support;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use support::from_args;

#[test]
fn the_bridges_carry_the_names_of_the_day_shown() {
    // Árpád híd was Sztálin híd until the city council renamed it on 26 October 1956.
    let view = ["--center", "47.535,19.065", "--zoom", "14"];
    let before = from_args(&[&["--at", "1956-10-25T11:00"][..], &view[..]].concat());
    let bridge = before
        .query_by_label("Sztálin híd")
        .expect("the bridge under its name of 25 October");
    assert_eq!(
        bridge.accesskit_node().description(),
        Some("Today: Árpád híd".to_owned())
    );
    assert!(before.query_by_label("Árpád híd").is_none());
    let after = from_args(&[&["--at", "1956-10-27T11:00"][..], &view[..]].concat());
    after.get_by_label("Árpád híd");
    assert!(after.query_by_label("Sztálin híd").is_none());
}

#[test]
fn where_the_erzsebet_hid_was_the_map_says_it_was_not_standing() {
    let harness = from_args(&["--center", "47.4905,19.0530", "--zoom", "14"]);
    let note = harness
        .query_by_label_contains("Erzsébet híd")
        .expect("a word where the bridge would be");
    assert!(
        note.accesskit_node()
            .description()
            .is_some_and(|d| d.contains("1945")),
        "{:?}",
        note.accesskit_node().description()
    );
}

#[test]
fn in_hungarian_the_note_on_the_erzsebet_hid_is_hungarian() {
    let harness = from_args(&[
        "--lang",
        "hu",
        "--center",
        "47.4905,19.0530",
        "--zoom",
        "14",
    ]);
    let note = harness
        .query_by_label("Erzsébet híd: 1956-ban itt nem állt híd")
        .expect("the note in Hungarian");
    assert!(
        note.accesskit_node()
            .description()
            .is_some_and(|d| d.contains("1945. január 18-án")),
        "{:?}",
        note.accesskit_node().description()
    );
}

#[test]
fn at_zoom_13_the_bridges_and_the_boulevards_keep_their_names_beside_the_markers() {
    // The view of the issue: the Kossuth tér massacre selected, the city centre crowded with
    // the story's markers and their names. A bridge's name may move beside the bridge, or lie
    // level across it; a boulevard's beside the boulevard.
    let harness = from_args(&[
        "--at",
        "1956-10-25T11:00",
        "--select",
        "kossuth-square-massacre",
        "--zoom",
        "13",
    ]);
    for name in [
        "Margit híd",
        "Kossuth híd",
        "Széchenyi lánchíd",
        "Szabadság híd",
        "Petőfi híd",
        "Lenin körút",
        "József körút",
    ] {
        assert!(
            harness.query_by_label(name).is_some(),
            "{name} is not on the map"
        );
    }
}
