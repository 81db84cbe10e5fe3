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
# $reason is one of the pmtiles- messages below.
tiles-problem-broken = { $file } cannot be used: { $reason }; showing the offline 1956 map.
tiles-problem-osm = OpenStreetMap tiles are not loading (no network?); showing the offline 1956 map.
tiles-problem-file = No tiles from { $file }; showing the offline 1956 map.

## Why a .pmtiles file cannot be shown: a clause about the file ("it"), put in tiles-problem-broken.

subject-tiles-file = the file
pmtiles-too-short = it is too short to be a PMTiles file
pmtiles-not-pmtiles = it is not a PMTiles file
pmtiles-version = it is PMTiles version { $version }; only version 3 is read
# $what is the part of the file: root, leaves or data.
pmtiles-section-outside = its header places the { $what ->
        [root] root directory
        [leaves] leaf directories
       *[data] tile data
    } at { $offset } + { $length } bytes, outside the file's { $size } bytes
pmtiles-empty-root = its header gives an empty root directory
# $method is Brotli or Zstandard.
pmtiles-directory-compression = it compresses its directories with { $method }, which this app does not read
pmtiles-directory-compression-unknown = it names an unknown directory compression ({ $code })
pmtiles-tile-compression-unknown = it compresses its tiles in a way this app does not read ({ $code })
pmtiles-vector-tiles = it holds vector tiles; only raster tiles (PNG, JPEG, WebP) are shown
pmtiles-tile-type-unknown = it holds tiles of a kind this app does not show ({ $code }); only PNG, JPEG and WebP
pmtiles-zoom-levels = its header gives zoom levels { $min } to { $max }
pmtiles-too-deep = its directories nest more than { $max } deep
pmtiles-directory-too-large = a directory is { $size } bytes; at most { $max } are read
pmtiles-tile-too-large = a tile is { $size } bytes; at most { $max } are read
pmtiles-too-many-entries = a directory claims { $count } entries; at most { $max } are read
pmtiles-ids-overflow = a directory's tile ids overflow
pmtiles-empty-entry = a directory has an entry of length 0
pmtiles-offsets-overflow = a directory's offsets overflow
pmtiles-first-offset-missing = a directory's first offset is missing
pmtiles-directory-short = a directory ends too early
pmtiles-number-too-long = a directory has a number that is too long
# $what is tile or directory.
pmtiles-outside-section = { $what ->
        [tile] a tile
       *[directory] a directory
    } lies outside its section of the file
pmtiles-past-end = it points past its own end
pmtiles-part-too-large = a part of it is too large for this computer ({ $size } bytes)
pmtiles-not-decompressed = it has data that cannot be decompressed: { $error }
pmtiles-decompresses-too-large = it has data that decompresses to more than { $max } bytes
pmtiles-no-such-tile = it has no tile { $zoom }/{ $x }/{ $y } ({ $error })
pmtiles-tile-undecodable = a tile cannot be shown: { $error }
pmtiles-reader-not-started = its reader could not be started: { $error }
pmtiles-reader-failed = its reader failed

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
