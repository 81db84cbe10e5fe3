# The map: its controls, legend, tooltips, tile sources and the words drawn on it.

## Controls in the top-right corner

map-zoom-in-hint = Zoom in (+)
map-zoom-out-hint = Zoom out (−)
map-reset = Reset view
map-reset-hint = Back to the starting view
map-follow = Follow the action
map-follow-hint = Frame the places where something is happening whenever the time moves (on while playing; moving the map turns it off)
map-tiles = Map tiles
map-tiles-hint = Map tiles under the 1956 borders. Online sources are never used unless chosen here.
tiles-offline = 1956 map (offline)
tiles-osm = OpenStreetMap (online)
tiles-local = { $file } (local)

## Tile sources: their credits and their problems

map-attribution = 1956 borders and names: Natural Earth (public domain), tools/basemap
tiles-attribution-osm = © OpenStreetMap contributors
tiles-attribution-file = Tiles: { $file }
# $reason is the technical reason, in English, as `check` and the log give it.
tiles-problem-broken = { $file } { $reason }; showing the offline 1956 map.
tiles-problem-osm = OpenStreetMap tiles are not loading (no network?); showing the offline 1956 map.
tiles-problem-file = No tiles from { $file }; showing the offline 1956 map.

## The legend in the bottom-left corner

map-show = Show:
map-so-far = So far
map-so-far-hint = Everything up to the current time
map-now-only = Now only
map-now-only-hint = Only what is happening at the current time
map-legend = Legend
legend-now = event happening now
legend-past = something has happened here
legend-future = events still to come
legend-quiet = no event here
legend-pact = Warsaw Pact member state (its capital ringed)
legend-pact-members = Warsaw Pact: { $states }
legend-member-neutral = { $state } (declared neutral)
legend-member-invaded = { $state } (under attack)
legend-neutral = declared neutral, left the Pact
legend-moving-soviet = Soviet forces on the move
legend-moving-hungarian = Hungarian forces on the move
legend-moving-refugees = refugees on the move
legend-moving-other = movement
legend-zoom-for-sites = Zoom in to see the sites inside { $cities }.

## A place's tooltip

place-kind-capital = capital
place-kind-city = town or city
place-kind-site = site
place-kind-region = region
place-no-events = No event of the story took place here.
place-what-happened = What happened here:
place-event-now = { $event } (now)
place-more-events = …and { $count } more. Click to see them all.

## Budapest's names

city-today = Today: { $name }
