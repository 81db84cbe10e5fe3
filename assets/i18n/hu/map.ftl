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
# A $reason a hiba műszaki leírása angolul, ahogy a `check` parancs és a napló is közli.
tiles-problem-broken = A térképfájl ({ $file }) nem használható, ezért az offline 1956-os térkép látszik. (Az ok angolul: { $reason })
tiles-problem-osm = Az OpenStreetMap térképe nem töltődik be (nincs hálózat?), ezért az offline 1956-os térkép látszik.
tiles-problem-file = A térképfájlból ({ $file }) nem érkezik térkép, ezért az offline 1956-os térkép látszik.

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
