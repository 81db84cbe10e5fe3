# Az alkalmazás kerete: menük, ablakok, a billentyűparancsok súgója, értesítések.

menu-file = Fájl
menu-open-story = Történet megnyitása…
built-in-story = Vissza a beépített történethez
menu-quit = Kilépés
menu-view = Nézet
menu-reset-map = A térkép alaphelyzetbe
menu-whole-timeline = A teljes idővonal
menu-language = Nyelv
menu-help = Súgó
menu-shortcuts = Billentyűparancsok (F1)
drop-hint = Egy történetfájlt (.json) az ablakra ejtve megnyithat

problems-title = Ez a történet nem nyitható meg
problems-summary = { $file }: { $errors } hiba és { $warnings } figyelmeztetés. A nyitott történet („{ $title }”) marad.
problems-more = … és még { $count }. A `hungary1956 check { $file }` parancs mindet felsorolja.
problems-open-another = Másik megnyitása…
problems-keep = A nyitott történet marad

story-opened-with-warnings = Megnyílt a történet („{ $title }”), { $count } figyelmeztetéssel: { $listed }{ $more ->
        [0] {""}
       *[other] ; és még { $more }
    }
open-dialog-title = Történet megnyitása
open-dialog-filter = Történet (JSON)

help-title = Billentyűparancsok
help-tab = A Tab a vezérlők, jelölők és események között lép; az Enter működésbe hozza őket.
key-events = előző / következő esemény
key-hour = egy órával vissza / előre
key-start-end = a történet eleje / vége
key-space = Szóköz
key-play = lejátszás / szünet
key-search = keresés az események és helyszínek között
key-zoom = a térkép nagyítása / kicsinyítése
key-escape = a kijelölés törlése, egy nézet bezárása
key-help-keys = F1 vagy ?
key-help = ez a lista
key-click-time = kattintás az időpontra
key-type-time = időpont begépelése, pl. nov. 1. 19:50
key-wheel = görgő az idővonalon
key-wheel-what = az idővonal nagyítása; jobb gombos húzással görgethető
