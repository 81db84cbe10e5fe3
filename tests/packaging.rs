//! What the Debian package installs agrees with the app: one app id in the window, the
//! `.desktop` file and the AppStream metadata; the window's icon decodes; the man page is the
//! one the command line's own help gives (regenerate it by moving `packaging/hungary1956.1.new`
//! over it when this test says so).

use clap::CommandFactory as _;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{ROOT}/{path}")).unwrap_or_else(|err| panic!("{path}: {err}"))
}

#[test]
fn one_app_id_everywhere() {
    let id = hungary1956::APP_ID;
    let desktop = read(&format!("packaging/{id}.desktop"));
    assert!(
        desktop.lines().any(|l| l == format!("Icon={id}")),
        "{desktop}"
    );
    assert!(desktop.lines().any(|l| l == format!("StartupWMClass={id}")));
    assert!(desktop.lines().any(|l| l == "Exec=hungary1956"));
    assert!(desktop.contains("Name[hu]=") && desktop.contains("Comment[hu]="));
    let metainfo = read(&format!("packaging/{id}.metainfo.xml"));
    assert!(metainfo.contains(&format!("<id>{id}</id>")));
    assert!(metainfo.contains(&format!(
        "<launchable type=\"desktop-id\">{id}.desktop</launchable>"
    )));
    assert!(
        metainfo.contains("<name xml:lang=\"hu\">")
            && metainfo.contains("<summary xml:lang=\"hu\">")
    );
    let cargo = read("Cargo.toml");
    assert!(cargo.contains(&format!("apps/{id}.png")) && cargo.contains(&format!("apps/{id}.svg")));
}

#[test]
fn the_window_icon_decodes_and_every_size_is_there() {
    let icon = image::load_from_memory(hungary1956::ICON_PNG).expect("the icon decodes");
    assert_eq!((icon.width(), icon.height()), (128, 128));
    for size in [16, 22, 24, 32, 48, 64, 128, 256, 512] {
        let path = format!("{ROOT}/assets/icons/hungary1956-{size}.png");
        let png = image::open(&path).unwrap_or_else(|err| panic!("{path}: {err}"));
        assert_eq!((png.width(), png.height()), (size, size), "{path}");
    }
}

#[test]
fn the_man_page_is_the_command_lines_own() {
    let mut page = Vec::new();
    clap_mangen::Man::new(hungary1956::cli::Cli::command())
        .render(&mut page)
        .expect("render the man page");
    let page = String::from_utf8(page).expect("UTF-8");
    let path = format!("{ROOT}/packaging/hungary1956.1");
    let shipped = std::fs::read_to_string(&path).unwrap_or_default();
    if shipped != page {
        std::fs::write(format!("{path}.new"), &page).ok();
        panic!("packaging/hungary1956.1 is out of date: move packaging/hungary1956.1.new over it");
    }
}
