"""Hand-digitised Danube centreline through Budapest.

Natural Earth's 1:50m Danube is up to ~1.7 km off inside Budapest (at the Parliament it runs
along the Pest embankment streets, lon ~19.067 instead of ~19.042), so at street zoom the Pest
landmarks would lie in Buda. build.py cuts the Natural Earth river out of BOX and splices in
the lines below, joined to the Natural Earth line exactly where it crosses the box edge.

Every point is (name, lat, lon, kind, source). kind:
  "bridge"   midpoint of a Danube bridge, from its Wikipedia coordinates (the tests check that
             the river passes within 150 m of each);
  "derived"  river axis between two sourced bank landmarks;
  "estimate" read off the known river geometry, no published coordinate (accuracy ~300 m).
Sources are listed in data/basemap/README.md ("Corrections"). Coordinates are WGS 84 degrees.
"""

# lon_min, lat_min, lon_max, lat_max: the Natural Earth river is replaced inside this box.
BOX = (18.95, 47.40, 19.15, 47.62)

# Main channel, north to south: from the Natural Earth line at the north edge of BOX, past the
# bridges, to the northern tip of Csepel Island, then down the main branch (Nagy-Duna, west of
# Csepel Island) to the Natural Earth line at the south edge of BOX.
MAIN = [
    ("Megyeri Bridge", 47.60722, 19.09222, "bridge",
     "Wikipedia 'Megyeri Bridge': 47°36′26″N 19°05′32″E"),
    ("North Railway Bridge (Újpest)", 47.56306, 19.06750, "bridge",
     "Wikipedia (de/cs) 'Nördliche Eisenbahnbrücke' / 'Északi összekötő vasúti híd': 47°33′47″N 19°04′03″E"),
    ("Árpád Bridge (north tip of Margaret Island)", 47.53778, 19.05333, "bridge",
     "Wikipedia 'Árpád Bridge': 47°32′16″N 19°03′12″E"),
    ("Margaret Bridge (south tip of Margaret Island)", 47.51472, 19.04361, "bridge",
     "Wikipedia 'Margaret Bridge': 47°30′53″N 19°02′37″E"),
    ("Parliament reach", 47.50510, 19.04170, "derived",
     "midpoint of the Pest quay at the Shoes on the Danube Bank (Wikipedia: 47°30′14″N 19°02′41″E) "
     "and Batthyány tér on the Buda bank (Wikipedia: 47°30′22″N 19°02′19″E)"),
    ("Chain Bridge", 47.49889, 19.04361, "bridge",
     "Wikipedia 'Széchenyi Chain Bridge': 47°29′56″N 19°02′37″E"),
    ("Elisabeth Bridge", 47.49083, 19.04917, "bridge",
     "Wikipedia 'Elisabeth Bridge (Budapest)': 47°29′27″N 19°02′57″E"),
    ("Liberty Bridge", 47.48556, 19.05500, "bridge",
     "Wikipedia 'Liberty Bridge (Budapest)': 47°29′08″N 19°03′18″E"),
    ("Petőfi Bridge", 47.47889, 19.06333, "bridge",
     "Wikipedia 'Petőfi Bridge': 47°28′44″N 19°03′48″E"),
    ("Rákóczi Bridge (Lágymányosi híd)", 47.46861, 19.06750, "bridge",
     "Wikipedia 'Rákóczi Bridge': 47°28′07″N 19°04′03″E"),
    ("Csepel Island, northern tip (split)", 47.45700, 19.07400, "estimate",
     "between the Rákóczi Bridge and the Kvassay lock at the head of the Ráckeve (Soroksár) "
     "branch; no published coordinate"),
]

# Ráckeve (Soroksár) branch, east of Csepel Island: from the split (last point of MAIN) to the
# Natural Earth branch at the south edge of BOX.
RACKEVE = [
    ("Gubacsi Bridge (Ráckeve–Soroksár branch)", 47.43611, 19.08889, "bridge",
     "Wikipedia (de) 'Gubacsi-Brücke': 47°26′10″N 19°05′20″E"),
]

# Points the tests check the output line against: (name, lat, lon).
BRIDGES = [(n, lat, lon) for n, lat, lon, kind, _src in MAIN + RACKEVE if kind == "bridge"]

# Landmarks on either bank (lat, lon): the tests check they are on the correct side.
PEST_BANK = {"Hungarian Parliament": (47.5071, 19.0456)}
BUDA_BANK = {"Buda Castle": (47.4962, 19.0396)}
