# Egy történetfájl vagy a fordítása hibái, ahogy a `check` parancs, a hibák ablaka és a
# megnyitás utáni értesítés mutatja őket. A fájlból idézett értékek ($id, $file, $time …)
# idézőjelek nélkül érkeznek: az idézőjelet az üzenet teszi köréjük. A $reason a serde_json, a
# rendszer vagy a képdekódoló saját szövege, változatlanul. Változó elé nem kerül névelő
# (a/az): a mondatok úgy szólnak, hogy ne kelljen.

## Egy hiba alakja: „FÁJL:SOR:OSZLOP: hiba (ÚTVONAL): ÜZENET”, alatta a javaslat.

problem-kind = { $severity ->
        [error] hiba
       *[warning] figyelmeztetés
    }
problem-kind-at = { $severity ->
        [error] hiba
       *[warning] figyelmeztetés
    } ({ $path })
problem-hint = javaslat: { $hint }

## A történetfájl egésze

problem-story-too-large = a fájl mérete { $size } bájt; egy történet legfeljebb { $max } bájt lehet
hint-story-too-large = ossza fel a történetet, vagy vegye ki belőle a nagy adatokat
problem-story-folder = a történet mappája nem olvasható: { $reason }
hint-check-path = ellenőrizze az elérési utat
hint-not-regular = magát a történetfájlt nyissa meg, ne mappát, csővezetéket vagy eszközt
problem-not-utf8-encoding = a fájl kódolása { $encoding }{ $endian ->
        [big] BE
       *[little] LE
    }{ $bom ->
        [yes] {" "}(bájtsorrend-jelölővel)
       *[no] {""}
    }, nem UTF-8
problem-two-boms = a fájl két bájtsorrend-jelölővel kezdődik
problem-bom = a fájl bájtsorrend-jelölővel (BOM) kezdődik; a program ezt átugorja
hint-save-utf8-no-bom = mentse a fájlt UTF-8 kódolással, bájtsorrend-jelölő nélkül
problem-file-empty = a fájl üres
hint-one-object = egy történetfájl egyetlen JSON-objektum
problem-invalid-utf8 = érvénytelen UTF-8 kódolás, a hibás bájt helye: { $byte }
hint-save-utf8 = mentse a fájlt UTF-8 kódolással
problem-too-deep = a JSON túl mélyen van egymásba ágyazva (több mint { $max } szint)
hint-too-deep = egy történethez elég néhány szintnyi [ ] és {"{"} {"}"}
problem-duplicate-key = egy objektumban kétszer szerepel ugyanaz a kulcs („{ $key }”)
hint-duplicate-key = minden kulcsot csak egyszer adjon meg; a JSON-olvasók szó nélkül csak az egyiket tartanák meg
problem-json-syntax = a JSON-elemző hibát jelez: { $reason }
hint-json-syntax = a fájl egyetlen JSON-objektum legyen; ellenőrizze a zárójeleket, a vesszőket és az idézőjeleket
problem-top-level-not-object = a legfelső szint nem JSON-objektum
hint-top-level-not-object = egy történetfájl egyetlen, kapcsos zárójelek közé írt JSON-objektum
problem-not-listed = további { $count } { $severity ->
        [error] hiba
       *[warning] figyelmeztetés
    } nincs felsorolva
hint-not-listed = a program fajtánként legfeljebb { $max } hibát sorol fel; javítsa ki ezeket, majd ellenőrizze újra a fájlt

## Mezők és listák

problem-missing-field = hiányzik egy kötelező mező: `{ $field }`
problem-json-value = hibás érték: { $reason }
hint-decode = a mezők és típusuk leírása: { $doc }
problem-not-a-list = itt listának kell állnia
problem-unknown-field = ismeretlen mező; a program figyelmen kívül hagyja
hint-unknown-field = ellenőrizze a mező nevének helyesírását (lásd: { $doc })
problem-too-many-items = a lista { $count } elemből áll; legfeljebb { $max } megengedett
hint-too-many-items = ossza fel a történetet több fájlra
problem-too-many-entries = a lista { $count } elemből áll; itt legfeljebb { $max } megengedett
hint-too-many-entries = csak a legfontosabbakat tartsa meg
problem-text-too-long = a szöveg { $count } karakter hosszú; itt legfeljebb { $max } megengedett
hint-text-too-long = rövidítse le, vagy ossza bekezdésekre a hosszú szöveget
problem-format = ez a formátumváltozat nem támogatott: { $format }
hint-format = az alkalmazás ezen változata az 1-es formátumot olvassa

## Azonosítók és hivatkozások. A $kind értéke place, polity, track vagy event.

problem-duplicate-id = ismétlődő azonosító („{ $id }”) ebben a listában: { $list }
hint-duplicate-id = minden azonosító csak egyszer szerepelhet a saját listájában
problem-invalid-id = érvénytelen azonosító: „{ $id }”
hint-invalid-id = az azonosítóban csak kisbetű (a–z), számjegy (0–9) és kötőjel (-) állhat, legfeljebb { $max } karakter
problem-no-such-item = nincs „{ $id }” azonosítójú { $kind ->
        [place] helyszín
        [polity] állam
        [track] sáv
       *[event] esemény
    }
hint-no-such-item = vegyen fel egy ilyen azonosítójú { $kind ->
        [place] helyszínt
        [polity] államot
        [track] sávot
       *[event] eseményt
    }, vagy javítsa a hivatkozást
hint-fix-reference = javítsa a hivatkozást

## Időpontok

problem-unknown-timezone = ismeretlen időzóna („{ $zone }”): { $reason }
hint-unknown-timezone = IANA-nevet adjon meg, például "Europe/Budapest"
problem-time-malformed = az időpont („{ $time }”) alakja hibás; helyes alak például 1956-10-23T15:00 vagy 1956-10-23
problem-time-not-in-zone = az időpont („{ $time }”) ebben az időzónában nem létezik, vagy nem egyértelmű: { $zone } ({ $reason })
hint-time-form = a helyi időt így írja: "1956-10-23T15:00" vagy "1956-10-23"
problem-outside-span = az időpont ({ $time }) kívül esik a történet időtartamán
hint-outside-span = az eseményeknek a történet kezdete és vége közé kell esniük
problem-story-ends-before-start = a történet vége korábbi, mint a kezdete
problem-phase-ends-before-start = a szakasz vége korábbi, mint a kezdete
problem-movement-ends-before-start = a mozgás vége korábbi, mint a kezdete
hint-end-after-start = a vége a kezdete után legyen
problem-event-ends-before-start = az esemény vége korábbi, mint a kezdete
hint-end-not-before-start = a vége nem lehet korábbi a kezdeténél
problem-story-too-long = a történet { $days } napot ölel fel; legfeljebb { $max } nap (100 év) megengedett
hint-story-too-long = rövidítse le a történet időtartamát

## Helyszínek, államok, események és mozgások. A $values egy mező lehetséges értékeit sorolja
## fel, ahogy a fájlban állnak.

hint-one-of = a mező („{ $field }”) lehetséges értékei: { $values }

problem-unknown-place-kind = ismeretlen helyszíntípus: „{ $kind }”
problem-latitude = a földrajzi szélesség ({ $lat }) kívül esik a megengedett tartományon
hint-latitude = a földrajzi szélesség -90 és 90 fok között legyen
problem-longitude = a földrajzi hosszúság ({ $lon }) kívül esik a megengedett tartományon
hint-longitude = a földrajzi hosszúság -180 és 180 fok között legyen
problem-within-itself = a helyszín („{ $id }”) önmagán belül fekszik
hint-within-loop = a befoglaló helyszínek (within) láncolata nem érhet körbe
problem-within-too-deep = a helyszín („{ $id }”) több mint { $max } egymásba ágyazott helyszínen belül fekszik (vagy a lánc körbeér)
hint-within-too-deep = a within azt a nagyobb helyet nevezi meg, amelynek a helyszín a része; a lánc legyen rövid
problem-unknown-alliance = ismeretlen szövetség: „{ $alliance }”
problem-unknown-status = ismeretlen állapot: „{ $status }”
problem-unknown-confidence = ismeretlen bizonyossági szint: „{ $confidence }”
problem-no-source = az eseménynek nincs forrása
hint-no-source = minden eseményhez legalább egy forrás kell
problem-not-web-link = a hivatkozás („{ $url }”) nem webcím; csak http: vagy https: kezdetű cím megengedett
hint-not-web-link = egy weboldalra hivatkozzon, vagy hagyja el a hivatkozást
problem-unknown-side = ismeretlen oldal: „{ $side }”
problem-movement-one-place = egy mozgáshoz legalább két helyszín kell
hint-movement-one-place = sorolja fel sorrendben a helyszíneket, amelyeken a mozgás áthalad

## A bemutató (tour)

problem-stop-target = egy állomás egyetlen eseményt vagy egyetlen helyszínt mutat be
hint-stop-target = az állomáshoz vagy egy eseményt, vagy egy helyszínt adjon meg, a kettőt együtt ne
problem-dwell = az állomás időtartama ({ $seconds } másodperc) nem megengedett
hint-dwell = az állomás időtartama { $min } és { $max } másodperc között legyen
problem-caption-too-long = a felirat hosszabb { $max } karakternél
hint-caption-too-long = a felirat egyetlen rövid sor; a többit a részletes nézet mondja el
problem-view-off-map = a nézet ({ $lat },{ $lon }, nagyítás: { $zoom }) kívül esik a térképen
hint-view-off-map = szélesség: [-85, 85], hosszúság: [-180, 180], nagyítás: 2..=17
problem-view-incomplete = egy nézethez középpont (center) és nagyítás (zoom) is kell
hint-view-incomplete = adja meg mindkettőt, vagy egyiket se: ekkor az állomás saját helyszínei látszanak

## Képek és mappák. A $subject az alábbi subject- üzenetek egyike.

subject-story-file = a fájl
subject-translation = a fordítás
subject-asset-folder = a képek mappája („{ $folder }”)
subject-artwork = a kép („{ $file }”)
subject-event-artwork = az esemény („{ $event }”) képe („{ $file }”)
subject-cover-artwork = a borítókép („{ $file }”)
subject-picture-file = a fájl („{ $file }”)
problem-asset-folder-escapes = a képek mappája („{ $folder }”) se nem a történet mappájában, se nem mellette van (abszolút elérési út, vagy egynél több '..')
problem-asset-folder-outside = a képek mappája („{ $folder }”) egy szimbolikus linken át a történet mappáján kívülre vezet
problem-asset-folder-not-a-folder = a képek mappája („{ $folder }”) fájl, nem mappa
problem-asset-folder-missing = a képek mappája („{ $folder }”) nem létezik
hint-asset-root = az asset_root a történet mappáján belüli mappa, a történetfájlhoz viszonyítva
problem-artwork-escapes = a kép („{ $file }”) elérési útja kivezet a képek mappájából
hint-artwork-escapes = a képek elérési útja az asset_root mappához viszonyított, '..' nélkül
problem-artwork-outside = a kép („{ $file }”) egy szimbolikus linken át a képek mappáján kívülre vezet
hint-artwork-outside = a képfájlokat a képek mappáján belül tartsa
problem-artwork-not-built-in = a kép („{ $file }”) nincs a beépített fájlok között
hint-placeholder = helyette helyőrző jelenik meg
file-cannot-be-read = { $subject } nem olvasható: { $reason }
io-not-found = nincs ilyen fájl vagy mappa
io-permission-denied = nincs hozzá jogosultság
file-not-regular = { $subject } nem közönséges fájl, hanem { $kind ->
        [fifo] FIFO (névvel ellátott csővezeték)
        [device] eszköz
        [socket] foglalat
        [folder] mappa
        [symlink] szimbolikus link
       *[special] különleges fájl
    }
file-too-large = { $subject } { $size } bájt méretű; legfeljebb { $limit } bájt megengedett
file-escapes = { $subject } kivezet a mappájából (abszolút elérési út vagy '..')
file-not-a-folder = { $subject } nem mappa
file-outside-folder = { $subject } egy szimbolikus linken át a mappáján kívülre vezet
picture-not-built-in = { $subject } nincs a beépített képek között
picture-unknown-format = { $subject } nem PNG, JPEG vagy WebP formátumú kép
picture-undecodable = { $subject } nem olyan kép, amelyet a program meg tud jeleníteni: { $reason }
picture-too-many-bytes = { $subject } { $size } bájt méretű; egy kép legfeljebb { $max } bájt lehet
picture-too-large = { $subject } { $width }×{ $height } képpontos; egy kép legfeljebb { $max } képpont széles és magas lehet

## Fordítási fájlok. A $kind értéke event, place, polity, phase, track, movement vagy tour-stop.

problem-translation-not-utf8 = a fordítás nem UTF-8 kódolású ({ $reason })
hint-translation-unusable = a történet a saját nyelvén nyílik meg; javítsa ki vagy törölje a fordítási fájlt
hint-translation-fields = a mezők leírása: { $doc }, „Translations” szakasz
problem-translation-format = ismeretlen formátumváltozat ({ $format }); a program az 1-es formátumot olvassa
problem-translation-language = a program ezt a nyelvet nem beszéli: „{ $language }”
hint-translation-language = a nyelv "hu" vagy "en" legyen
problem-translation-unknown-id = a történetben nincs „{ $id }” azonosítójú { $kind ->
        [event] esemény
        [place] helyszín
        [polity] állam
        [phase] szakasz
        [track] sáv
        [movement] mozgás
       *[tour-stop] állomás
    }
hint-translation-unknown-id = csak azt fordítsa le, ami a történetben szerepel
problem-translation-entries = { $count } bejegyzés áll itt, de a történetben { $original } van: mindegyikhez pontosan egy kell
problem-translation-stale = elavult: a történet szövege megváltozott a fordítás óta
hint-translation-stale = fordítsa le újra, majd a source_hash értéke legyen "{ $hash }"
problem-translation-no-hash = nincs source_hash: nem állapítható meg, hogy naprakész-e a fordítás
hint-translation-no-hash = a source_hash értéke legyen "{ $hash }"
problem-translation-missing = hiányzik a fordítás: { $kind ->
        [event] esemény
        [place] helyszín
        [polity] állam
        [phase] szakasz
        [track] sáv
        [movement] mozgás
       *[tour-stop] állomás
    } („{ $id }”); az eredeti nyelven jelenik meg
