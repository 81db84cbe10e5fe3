# A részletes nézet, a keresőmező és találatai, a kép nagy nézete.

now-heading = Most zajlik
now-nothing = Ebben a pillanatban a történet egyetlen eseménye sem zajlik.
now-last = Előző:
now-next = Következő:
now-more = …és még { $count } esemény zajlik most
back-to-overview = ← Áttekintés
back-to-overview-hint = A kijelölés megszüntetése, vissza a történet áttekintéséhez

event-time-unknown = { $date } (a pontos időpont nem ismert)
event-where = Helyszín:
event-track = Sáv: { $track }
event-dating-note = A keltezésről
event-disputed = Ahol a források eltérnek
event-confidence = Megbízhatóság: { $confidence }
confidence-high = magas – a források egybehangzanak
confidence-medium = közepes – egyes részletek bizonytalanok
confidence-low = alacsony – kevés a forrás, vagy ellentmondanak egymásnak

place-link-hint = A hely kijelölése és megmutatása a térképen
# A hely fajtája és az állam, amelyben feküdt: „főváros, Magyarország”.
place-kind-in = { $kind }, { $polity }
place-part-of = Itt található:
place-events-here = Események ezen a helyen ({ $count })
place-within = Ide tartozó helyek

overview-begin = Kezdés: { $title } ▶
overview-begin-hint = Az első esemény kijelölése
overview-counts = { $events } esemény, { $places } helyszín. Kattintson egy jelölőre a térképen vagy egy eseményre az idővonalon.
sources-heading = Források

artwork-enlarge-hint = Kattintson rá a nagyításhoz
artwork-loading = A kép betöltése…
artwork-unavailable = A kép nem jeleníthető meg: { $reason }
artwork-no-decoder = a képek betöltése nem indult el
lightbox-help = Görgő: nagyítás · húzás: mozgatás · dupla kattintás: teljes kép · Esc: bezárás
lightbox-close = A nagy nézet bezárása

search-label = Keresés az események és helyszínek között
search-hint = Keresés az események és helyszínek között (Ctrl+F)
search-clear = A keresés törlése
search-nothing = Nincs találat.
search-found = { $count } találat
search-more = …és még { $count } találat; írjon be többet a szűkítéshez.
# Egy hely a találatok között, és a fajtája: „helyszín · főváros”.
search-place = helyszín · { $kind }
