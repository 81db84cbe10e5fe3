# A térkép: vezérlői, jelmagyarázata, buboréksúgói, térképforrásai és a rá írt szavak.

## Vezérlők a jobb felső sarokban

map-zoom-in-hint = Nagyítás (+)
map-zoom-out-hint = Kicsinyítés (−)
map-reset = Alaphelyzet
map-reset-hint = Vissza a kiinduló nézethez
map-follow = Az események követése
map-follow-hint = Ha halad az idő, a térkép mindig oda igazodik, ahol éppen történik valami (lejátszás közben bekapcsol; a térkép mozgatása kikapcsolja)
map-tiles = Térképalap
map-tiles-hint = Az 1956-os határok alatt látható térkép. Online forrást csak akkor használ az alkalmazás, ha itt kiválasztja.
tiles-offline = 1956-os térkép (offline)
tiles-osm = OpenStreetMap (online)
tiles-local = { $file } (helyi fájl)

## Térképforrások: feltüntetésük és hibáik

map-attribution = Az 1956-os határok és nevek forrása: Natural Earth (közkincs), tools/basemap
tiles-attribution-osm = © az OpenStreetMap közreműködői
tiles-attribution-file = Térkép: { $file }
# A $reason az alábbi pmtiles- üzenetek egyike.
tiles-problem-broken = A térképfájl ({ $file }) nem használható: { $reason }. Helyette az offline 1956-os térkép látszik.
tiles-problem-osm = Az OpenStreetMap térképe nem töltődik be (nincs hálózat?), ezért az offline 1956-os térkép látszik.
tiles-problem-file = A térképfájlból ({ $file }) nem érkezik térkép, ezért az offline 1956-os térkép látszik.

## Miért nem jeleníthető meg egy .pmtiles fájl: a fájlról szóló tagmondat (alany nélkül), a tiles-problem-broken üzenetben.

subject-tiles-file = a fájl
pmtiles-too-short = túl rövid ahhoz, hogy PMTiles-fájl legyen
pmtiles-not-pmtiles = nem PMTiles-fájl
pmtiles-version = a PMTiles-formátum { $version }. változatát követi; a program csak a 3. változatot olvassa
# A $what a fájl egy része: root, leaves vagy data.
pmtiles-section-outside = a fejléce szerint { $what ->
        [root] a gyökérkönyvtár
        [leaves] a levélkönyvtárak
       *[data] a csempék adatai
    } helye { $offset } + { $length } bájt, ez azonban kívül esik a fájlon (mérete: { $size } bájt)
pmtiles-empty-root = a fejléce szerint a gyökérkönyvtár üres
# A $method értéke Brotli vagy Zstandard.
pmtiles-directory-compression = a könyvtárait { $method } eljárással tömöríti, ezt pedig a program nem tudja olvasni
pmtiles-directory-compression-unknown = a könyvtáraihoz ismeretlen tömörítési módot ad meg ({ $code })
pmtiles-tile-compression-unknown = a csempéit olyan módon tömöríti, amelyet a program nem tud olvasni ({ $code })
pmtiles-vector-tiles = vektoros csempéket tartalmaz; a program csak raszteres (PNG, JPEG, WebP) csempéket jelenít meg
pmtiles-tile-type-unknown = olyan csempéket tartalmaz, amelyeket a program nem tud megjeleníteni ({ $code }); csak PNG, JPEG és WebP csempéket
pmtiles-zoom-levels = a fejléce érvénytelen nagyítási szinteket ad meg: { $min }–{ $max }
pmtiles-too-deep = a könyvtárai { $max } szintnél mélyebben ágyazódnak egymásba
pmtiles-directory-too-large = egyik könyvtára { $size } bájt méretű; egy könyvtár legfeljebb { $max } bájt lehet
pmtiles-tile-too-large = egyik csempéje { $size } bájt méretű; egy csempe legfeljebb { $max } bájt lehet
pmtiles-too-many-entries = egyik könyvtára { $count } bejegyzést jelez; a program legfeljebb { $max } bejegyzést olvas be
pmtiles-ids-overflow = egyik könyvtárában túlcsordulnak a csempék azonosítói
pmtiles-empty-entry = egyik könyvtárában 0 hosszúságú bejegyzés van
pmtiles-offsets-overflow = egyik könyvtárában túlcsordulnak az eltolások
pmtiles-first-offset-missing = egyik könyvtárából hiányzik az első eltolás
pmtiles-directory-short = egyik könyvtára idő előtt véget ér
pmtiles-number-too-long = egyik könyvtárában túl hosszú szám szerepel
# A $what értéke tile vagy directory.
pmtiles-outside-section = { $what ->
        [tile] egyik csempéje
       *[directory] egyik könyvtára
    } kívül esik a fájl neki szánt részén
pmtiles-past-end = a saját végén túlra mutat
pmtiles-part-too-large = egy része túl nagy ehhez a számítógéphez ({ $size } bájt)
pmtiles-not-decompressed = olyan adatot tartalmaz, amely nem csomagolható ki: { $error }
pmtiles-decompresses-too-large = olyan adatot tartalmaz, amely kicsomagolva több mint { $max } bájt
pmtiles-no-such-tile = nincs { $zoom }/{ $x }/{ $y } jelű csempéje ({ $error })
pmtiles-tile-undecodable = egyik csempéje nem jeleníthető meg: { $error }
pmtiles-reader-not-started = a beolvasása nem indítható el: { $error }
pmtiles-reader-failed = a beolvasása közben hiba történt

## Jelmagyarázat a bal alsó sarokban

map-show = Látható:
map-so-far = Az eddigiek
map-so-far-hint = Minden, ami a kijelölt időpontig történt
map-now-only = Csak a mostaniak
map-now-only-hint = Csak ami a kijelölt időpontban zajlik
map-legend = Jelmagyarázat
legend-now = most zajló esemény
legend-past = itt már történt valami
legend-future = még hátralévő események
legend-quiet = itt nincs esemény
legend-pact = a Varsói Szerződés tagállama (fővárosa bekarikázva)
legend-pact-members = Varsói Szerződés: { $states }
legend-member-neutral = { $state } (semlegességet hirdetett)
legend-member-invaded = { $state } (megtámadták)
legend-neutral = semlegességet hirdetett, kilépett a Szerződésből
legend-moving-soviet = szovjet csapatok mozgása
legend-moving-hungarian = magyar csapatok mozgása
legend-moving-refugees = menekültek útja
legend-moving-other = mozgás
legend-zoom-for-sites = Ráközelítve a városok egyes helyszínei is láthatók: { $cities }.

## Egy hely buboréksúgója

place-kind-capital = főváros
place-kind-city = város
place-kind-site = helyszín
place-kind-region = vidék
place-no-events = A történet egyetlen eseménye sem itt játszódik.
place-what-happened = Ami itt történt:
place-event-now = { $event } (most)
place-more-events = …és még { $count }. Kattintson, és mind megjelenik.

## Budapest nevei

city-today = Ma: { $name }
