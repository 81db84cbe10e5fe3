# Az idővonal: a fejléce (lejátszás, az időpont, a nézet) és maga a sáv.

## Lejátszás

timeline-play = Lejátszás
timeline-pause = Szünet
timeline-play-hint = Lejátszás (Szóköz)
timeline-pause-hint = Szünet (Szóköz)
timeline-speed = Sebesség
timeline-speed-hint = A lejátszás sebessége
speed-hour = 1 óra / mp
speed-six-hours = 6 óra / mp
speed-day = 1 nap / mp
timeline-loop = Ismétlés

## Az időpont és a nézet

timeline-previous-hint = Előző esemény (←)
timeline-next-hint = Következő esemény (→)
# Kinek a helyi idejét követi a történet: a $city az a város, amelyről az időzónája a nevét kapta.
timeline-zone = { $city ->
        [Budapest] budapesti idő
        [Vienna] bécsi idő
        [Moscow] moszkvai idő
        [Warsaw] varsói idő
        [Prague] prágai idő
        [Berlin] berlini idő
        [London] londoni idő
        [Paris] párizsi idő
       *[other] helyi idő ({ $city })
    }
timeline-whole-story = A teljes történet
timeline-whole-story-hint = Az idővonal kicsinyítése a teljes történetre (vagy kattintson duplán az idővonalra)
timeline-copy-link = Hivatkozás másolása
timeline-copy-link-hint = Azoknak a parancssori kapcsolóknak a másolása, amelyek újra megnyitják ezt a nézetet
timeline-how-to = Húzás: ugrás az időben · görgő: nagyítás · jobb gombos húzás: görgetés · F1: billentyűk

## Időpont begépelése

time-click-hint = Kattintson rá, és írjon be egy időpontot, pl. nov. 1. 19:50
time-field = Ugrás időpontra
time-field-example = nov. 1. 19:50
time-outside-story = a történet { $start } és { $end } között játszódik
time-not-understood = „{ $text }” nem értelmezhető időpontként; írja például így: 1956. november 1. 19:50, nov. 1. 19:50 vagy 19:50

## A sáv

# A sáv akadálymentes neve, a kijelölt időponttal.
timeline-strip = Idővonal: { $time }
track-shown = { $track } (látható)
track-hidden = { $track } (rejtett)
track-show-hint = A sáv eseményeinek megjelenítése (itt és a térképen)
track-hide-hint = A sáv eseményeinek elrejtése (itt és a térképen)
track-other = Egyéb
cluster = { $count } esemény
cluster-hint = { $count } esemény – kattintson rá a nagyításhoz
