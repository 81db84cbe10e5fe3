# A parancssor: a `check` parancs összegzése, a kapcsolók hibái, a legutóbbi futásból
# megőrzött beállításokról szóló értesítések és a `--help` szövege.

check-ok = { $file }: rendben — { $events } esemény, { $places } helyszín, { $polities } állam, { $movements } mozgás
check-warnings = ({ $count } figyelmeztetés)
check-failed = { $file }: { $errors } hiba, { $warnings } figyelmeztetés

cli-at-invalid = { $option } { $text }: { $error } (például { $option } { $example })
cli-at-outside = { $option } { $text }: a történet { $start } és { $end } között játszódik
cli-select-unknown = { $option } { $id }: nincs ilyen azonosítójú esemény vagy helyszín
cli-track-unknown = { $option } { $id }: nincs ilyen azonosítójú sáv
cli-screenshot-no-frame = { $option }: az ablak bezárult, mielőtt egyetlen képkocka elkészült volna; nem készült mentés
cli-window-failed = az ablak nem nyitható meg
cli-private-folder = nem hozható létre saját mappa ehhez a futáshoz

saved-settings-not-used = Néhány megőrzött beállítást nem használt fel a program: { $problems }.
storage-not-set-aside = A megőrzött beállításokat ({ $file }) nem használta fel a program: { $problems }. A fájlt nem sikerült félretenni ({ $error }), ezért ezúttal semmi sem marad meg; ha tiszta lappal szeretne indulni, törölje a fájlt.
storage-set-aside = A megőrzött beállítások nem használhatók: { $problems }. A program a fájlt { $aside } néven félretette, és tiszta lappal indul.
storage-damaged-kept = A megőrzött beállítások megsérültek: { $problems }. A program a fájlt { $aside } néven félretette; a többi megőrzött beállítást használja.
storage-damaged-lost = A megőrzött beállítások megsérültek: { $problems }. A program a fájlt { $aside } néven félretette, és tiszta lappal indul ({ $error }).
saved-settings-unreadable = A megőrzött beállításokat nem használta fel a program: { $problem }; tiszta lappal indul.

## Mi volt a baj a megőrzött beállításokkal: a fenti értesítések ezeket sorolják fel.

subject-settings-file = a fájl
storage-not-utf8 = a fájl nem UTF-8 kódolású szöveg
storage-unreadable = a fájl tartalma nem értelmezhető ({ $error })
storage-memory-unreadable = a felület (egui) megőrzött állapota nem olvasható ({ $error })
storage-memory-number = a felület (egui) megőrzött állapotában túl nagy vagy érvénytelen szám szerepel ({ $number })
storage-zoom-factor = a felület nagyítása ({ $zoom }) a megengedett tartományon kívül esik
storage-font-size = egy megőrzött betűméret a megengedett tartományon kívül esik
storage-window-unreadable = az ablak megőrzött helye vagy mérete nem olvasható ({ $error })
storage-window-number = az ablak megőrzött helyében vagy méretében túl nagy vagy érvénytelen szám szerepel ({ $number })
saved-state-unreadable = a megőrzött állapot nem olvasható ({ $error })
saved-state-not-a-list = a megőrzött állapot nem olvasható (nem lista)
saved-state-not-an-object = egy történet megőrzött állapota nem olvasható (nem objektum)
# A $field a megőrzött állapot egy mezőjének neve.
saved-field-not-usable = { $field ->
        [story] a megőrzött történetfájl neve nem használható
        [time] a megőrzött időpont nem használható
        [select] a megőrzött kijelölés nem használható
        [language] a megőrzött nyelv nem használható
       *[other] a megőrzött „{ $field }” mező nem használható
    }
saved-field-missing = { $field ->
        [speed] hiányzik a megőrzött lejátszási sebesség
        [looping] hiányzik a megőrzött ismétlési beállítás
        [map_mode] hiányzik, hogy a térkép az eddigieket vagy csak a mostaniakat mutassa
       *[other] hiányzik a megőrzött „{ $field }” mező
    }
saved-language-unknown = a megőrzött nyelvet a program nem beszéli
saved-center-out-of-range = a térkép megőrzött középpontja kívül esik a térképen
saved-zoom-out-of-range = a térkép megőrzött nagyítása a megengedett tartományon kívül esik
saved-hidden-tracks-not-usable = a rejtett sávok megőrzött listája nem használható

# A `--help` angolul a src/cli.rs doc-kommentjeiből jön; ezek az üzenetek a többi nyelven
# mondják el ugyanazt.
cli-help-usage = Használat:
cli-help-commands = Parancsok
cli-help-options = Kapcsolók
cli-help-arguments = Argumentumok
cli-help-about = Hungary 1956 Explorer: az 1956-os forradalom tizenhárom napja térképen, idővonalon és szövegben.
cli-help-story = A beépített történet helyett ezt a történetfájlt nyitja meg.
cli-help-at = Ebben az időpontban indul (budapesti helyi idő szerint), például 1956-11-01T19:50.
cli-help-select = Induláskor ezt az eseményt vagy helyszínt jelöli ki (a történetfájlban szereplő azonosítója alapján).
cli-help-center = Induláskor ide állítja a térkép közepét, például 47.2,19.5 (szélesség,hosszúság).
cli-help-zoom = Induláskor erre a nagyításra állítja a térképet (2 = az egész Szovjetunió, 17 = budapesti utcák).
cli-help-tiles = Az 1956-os határok alatti alaptérkép: offline – a beépített 1956-os térkép (semmit sem tölt le), vagy osm – OpenStreetMap (internetkapcsolattal). Alapértelmezés: offline.
cli-help-pmtiles = Az 1956-os határok alatt ebből a helyi .pmtiles fájlból mutat raszteres térképet.
cli-help-show-artwork = Induláskor nagy nézetben mutatja a kijelölt esemény festményét (vagy a történet borítóképét).
cli-help-show = Mit mutat a térkép az eseményekből: so-far – mindent a megjelenített időpontig, now-only – csak azt, ami éppen akkor történik. Alapértelmezés: a legutóbb választott, különben so-far.
cli-help-hide-track = Induláskor elrejti ennek a sávnak az eseményeit (a sáv azonosítója a történetfájlban); többször is megadható.
cli-help-lang = A felület és a történet nyelve: hu (magyar) vagy en (angol). Alapértelmezés: a legutóbb választott, ennek híján a rendszer nyelvi beállítása (LC_ALL, LC_MESSAGES, LANG), végül az angol.
cli-help-fresh = Figyelmen kívül hagyja a legutóbbi futásból megőrzött beállításokat.
cli-help-screenshot = Az első teljes képkockát PNG-fájlba menti, majd kilép.
cli-help-size = Az ablak mérete pontokban, például 1600x900. Alapértelmezés: 1600x900; --kiosk mellett teljes képernyő.
cli-help-kiosk = Múzeumi és tantermi mód: teljes képernyő, menük, fájlok és hivatkozások nélkül; a történet vezetett túrája magától halad, egy érintés megállítja, a Magyar | English választó mindig látható. A --lang nyelvén indul (alapértelmezés: hu), semmit sem jegyez meg, és a szokásos billentyűkkel nem lehet bezárni: a kilépéshez 3 másodpercig tartsa lenyomva a Ctrl+Shift+Q billentyűket.
cli-help-idle-reset = A --kiosk mellett: ennyi másodperc érintés nélkül után visszatér a túra első állomásához és a kezdő nyelvhez. Alapértelmezés: 90.
cli-help-help = A súgó megjelenítése
cli-help-version = A verziószám kiírása
cli-help-help-command = Ez a súgó, vagy a megadott parancs súgója
cli-help-check = Ellenőrzi a történetfájlt, és kiírja minden hibáját; ha hibát talál, 1-es kóddal lép ki.
cli-help-check-path = A történetfájl.
cli-help-help-long = A súgó megjelenítése (rövid összefoglaló: -h)
cli-help-export = Film készítése a történetből: GIF, MP4 (az ffmpeg segítségével) vagy PNG-képkockák egy mappában, a történet idejéből --step időközönként egy kocka.
cli-help-export-out = A film: NÉV.gif (beépített), NÉV.mp4 (ffmpeg kell hozzá) vagy egy mappa a PNG-képkockáknak.
cli-help-export-from = Az első kocka időpontja budapesti idő szerint, például 1956-10-23T00:00 (alapértelmezés: a történet kezdete).
cli-help-export-to = Ennél későbbi kocka nem készül (alapértelmezés: a történet vége).
cli-help-export-step = A kockák között eltelő idő a történetben, például 1h, 30m, 6h, 1d.
cli-help-export-fps = A film kockasebessége (kocka másodpercenként). Alapértelmezés: 10.
cli-help-export-size = A kocka mérete képpontban, például 1280x720 (ez az alapértelmezés).
cli-help-export-lang = A film nyelve: hu (magyar) vagy en (angol).
cli-help-export-select = Ez az esemény vagy helyszín legyen kijelölve (azonosítója a történetfájlban).
cli-help-export-center = A térkép középpontja, például 47.5,19.05 (szélesség,hosszúság).
cli-help-export-zoom = A térkép nagyítása (2 = az egész Szovjetunió, 17 = budapesti utcák).
cli-help-export-show = Mit mutat a térkép az eseményekből: so-far – mindent az adott képkocka időpontjáig (ez az alapértelmezés), now-only – csak azt, ami éppen akkor történik.
cli-help-export-hide-track = Elrejti ennek a sávnak az eseményeit (a sáv azonosítója a történetfájlban); többször is megadható.
cli-help-export-story = Ennek a történetfájlnak a filmje a beépített helyett.

# Miért utasította el a program a parancssorban megadott értéket.
cli-value-language = a program nem ismeri ezt a nyelvet: „{ $text }” (ismert nyelvek: { $known })
cli-value-not-number = „{ $text }” nem szám
cli-value-zoom = a nagyításnak { $min } és { $max } között kell lennie, nem { $zoom }
cli-value-size = „{ $text }” nem SZÉLESSÉGxMAGASSÁG alakú, például 1600x900
cli-value-width = hibás szélesség: „{ $text }”
cli-value-height = hibás magasság: „{ $text }”
cli-value-size-range = „{ $text }”: a szélességnek és a magasságnak 200 és 8000 között kell lennie
cli-value-lat-lon = „{ $text }” nem „földrajzi szélesség,hosszúság” alakú, például 47.2,19.5
cli-value-latitude = hibás földrajzi szélesség: „{ $text }”
cli-value-longitude = hibás földrajzi hosszúság: „{ $text }”
cli-value-lat-lon-range = „{ $text }”: a földrajzi szélességnek −85 és 85, a hosszúságnak −180 és 180 között kell lennie

# A parancssor hibaüzenetei magyarul (angolul a clap maga írja őket).
cli-error = hiba: { $line }
cli-error-value = { $arg }: { $reason }
cli-error-choice = { $arg } { $value }: nincs ilyen lehetőség (a lehetséges értékek: { $valid })
cli-error-unknown = ismeretlen kapcsoló: { $arg }
cli-error-unknown-command = ismeretlen parancs: { $command }
cli-error-missing = { $count ->
        [one] hiányzik a kötelező argumentum
       *[other] hiányoznak a kötelező argumentumok
    }: { $arg }
cli-error-conflict = { $arg } nem adható meg { $prior } mellett
cli-error-repeated = { $arg } csak egyszer adható meg
cli-error-tip = tipp: talán erre gondolt: { $arg }
cli-error-help = További tudnivalók: hungary1956 --help
