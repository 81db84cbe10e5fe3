# Fájl ▸ Film exportálása…: film a történetről (GIF, MP4 vagy PNG-képkockák), képkockáról képkockára.

menu-export-film = Film exportálása…
export-title = Film exportálása
export-from = Kezdete
export-to = Vége
export-step = Lépés (a történet ideje képkockánként)
export-fps = Képkocka másodpercenként
export-size = Méret (képpont)
export-format = Formátum
export-format-gif = GIF
export-format-mp4 = MP4-videó (ffmpeg)
export-format-png = PNG-képkockák (mappa)
export-file = Mentés ide
export-choose = Tallózás…
export-start = Exportálás
export-cancel = Megszakítás
export-starting = Indul…
export-summary = { $frames } képkocka, { $seconds } másodperces film.
export-progress = { $done }/{ $total } képkocka, még { $left }
export-time-left = { $minutes ->
        [0] {""}
       *[other] { $minutes } perc{" "}
    }{ $seconds } mp
export-done = Elmentve: { $path }
export-failed = Az exportálás nem sikerült: { $reason }
export-cancelled = Megszakítva, nem készült fájl.

export-error-time = { $field }: a(z) „{ $text }” nem időpont (például 1956-10-23 14:00).
export-error-size = A(z) „{ $text }” nem méret; például 1280x720 (oldalanként 200–8000 képpont).
export-error-no-file = Adja meg, hová mentse a filmet.
export-error-format-mismatch = A fájl neve nem illik a választott formátumhoz.
export-error-extension = A(z) .{ $extension } nem filmformátum: a fájl neve .gif vagy .mp4 legyen, PNG-képkockákhoz pedig mappát válasszon.
export-error-range = A kezdetnek a vége előtt kell lennie.
export-error-step = A(z) „{ $text }” nem nullánál hosszabb lépés (például 1h, 30m, 1d).
export-error-frames = { $frames } képkocka lenne, de legfeljebb { $max } lehet: válasszon hosszabb lépést vagy rövidebb szakaszt.
export-error-fps = A sebesség 1 és 50 képkocka/másodperc között lehet.

# A parancs saját szövegei (hungary1956 export …).
export-cli-extension = { $path }: ismeretlen filmformátum (.{ $extension }); a fájl neve .gif vagy .mp4 legyen, vagy adjon meg egy mappát a PNG-képkockáknak
export-cli-range = --from { $from } nem korábbi, mint --to { $to }
export-cli-bad-step = --step { $text }: { $reason } (példák: 1h, 30m, 1d, 6h 30m)
export-cli-step-not-positive = --step { $text }: a lépésköznek nullánál hosszabbnak kell lennie
export-cli-frames = { $frames } képkocka: több, mint { $max }; válasszon hosszabb --step értéket vagy rövidebb időszakot
export-cli-fps = --fps { $fps }: a kockasebesség 1 és { $max } kocka/másodperc között lehet
export-cli-no-ffmpeg = MP4 fájlt az ffmpeg készít, ez azonban nincs telepítve (Debianon vagy Ubuntun: `apt install ffmpeg`, az ffmpeg csomag); GIF-hez vagy PNG-képkockák mappájához nem kell más
export-cli-write = Nem írható: { $path } – { $reason }
export-cli-ffmpeg = Az ffmpeg hibát jelzett: { $reason }
export-cli-cancelled = Megszakítva; semmi sem került a lemezre
export-reason-disk-full = megtelt a lemez
export-reason-permission = nincs hozzá jogosultság
export-reason-no-folder = a mappa nem létezik
export-cli-story-failed = { $file }: a történet nem nyitható meg ({ $count } probléma; a `hungary1956 check { $file }` parancs mindet felsorolja)
export-cli-bad-time = { $option } { $text }: { $reason } (példa: 1956-10-23T00:00)
export-cli-outside = { $option } { $text }: a történeten kívül esik; a történet { $start } és { $end } között játszódik
export-cli-window-closed = Export: az ablak bezárult; semmi sem került a lemezre
export-cli-written = { $count } képkocka ({ $seconds } mp, { $fps } kocka/másodperc) kiírva ide: { $path }
export-cli-stalled = { $frame }. képkocka: a térkép vagy egy kép { $seconds } másodperc után sem töltődött be
