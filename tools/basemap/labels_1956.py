"""Map labels as of October-November 1956.

Country labels use the polity's 1956 name (`name`) and a short form (`short_name`).
Places carry their 1956 name; `modern_name` is added where the place is called differently
today, `alt_name` where another name was in common use (e.g. Hungarian names).
Hungarian names come from names_hu.py: `name_hu` and, for countries, `short_name_hu`
(`alt_name_hu` beside an `alt_name`); a label without `name_hu` is called by its `name` in
Hungarian too.
build.py checks that every label point lies in the polity given here.
"""

import names_hu
from polities_1956 import POLITIES

# polity -> (lat, lon, min_zoom) of the country label
COUNTRY = {
    "ussr": (58.0, 60.0, 2), "poland": (52.1, 19.3, 3), "gdr": (52.3, 12.3, 4),
    "czechoslovakia": (49.5, 16.4, 4), "hungary": (47.1, 19.6, 3), "romania": (45.9, 24.8, 3),
    "bulgaria": (42.8, 25.3, 4), "albania": (41.1, 20.1, 5), "frg": (50.6, 9.5, 3),
    "france": (46.8, 2.4, 3), "italy": (42.9, 12.6, 3), "united-kingdom": (52.7, -1.6, 3),
    "belgium": (50.6, 4.7, 5), "netherlands": (52.3, 5.7, 5), "luxembourg": (49.75, 6.1, 6),
    "denmark": (56.1, 9.2, 4), "norway": (61.5, 9.0, 3), "iceland": (64.9, -18.6, 4),
    "portugal": (39.7, -8.0, 4), "greece": (39.5, 22.0, 3), "turkey": (39.0, 35.0, 3),
    "united-states": (52.9, 173.0, 7), "austria": (47.5, 14.4, 4),
    "switzerland": (46.8, 8.2, 4), "sweden": (62.5, 15.5, 3), "finland": (62.8, 26.0, 3),
    "ireland": (53.2, -8.0, 4), "yugoslavia": (44.0, 19.0, 3), "egypt": (27.5, 29.5, 3),
    "india": (27.0, 79.5, 3), "burma": (26.5, 97.0, 5), "afghanistan": (33.8, 66.0, 4),
    "nepal": (28.2, 84.0, 5), "spain": (40.0, -3.7, 3), "saar": (49.38, 6.95, 6),
    "andorra": (42.55, 1.57, 8), "monaco": (43.74, 7.42, 9), "liechtenstein": (47.15, 9.55, 8),
    "san-marino": (43.94, 12.46, 8), "vatican": (41.9033, 12.4537, 10),
    "cyprus": (35.05, 33.2, 5), "malta": (35.9, 14.4, 7), "gibraltar": (36.14, -5.35, 9),
    "israel": (30.9, 34.85, 5), "syria": (35.0, 38.5, 4), "lebanon": (33.9, 35.85, 6),
    "jordan": (31.0, 36.6, 5), "iraq": (33.0, 43.5, 4), "iran": (32.5, 54.0, 3),
    "saudi-arabia": (27.0, 44.5, 3), "kuwait": (29.3, 47.6, 6), "bahrain": (26.03, 50.55, 8),
    "qatar": (25.35, 51.2, 7), "trucial-states": (25.0, 55.6, 7),
    "muscat-and-oman": (25.7, 56.2, 8),
    "libya": (28.0, 17.0, 3), "tunisia": (34.0, 9.5, 4), "morocco": (31.8, -6.5, 4),
    "algeria": (30.0, 2.5, 3), "spanish-sahara": (26.0, -12.5, 5), "mauritania": (25.5, -10.0, 6),
    "pakistan": (29.5, 69.5, 3), "bhutan": (27.4, 90.4, 6), "sikkim": (27.55, 88.5, 7),
    "china": (35.0, 103.0, 3), "taiwan": (25.0, 121.4, 7), "mongolia": (46.8, 103.0, 3),
    "north-korea": (40.2, 127.0, 5), "south-korea": (36.3, 127.9, 5), "japan": (36.5, 138.5, 4),
    "ryukyu": (26.5, 127.95, 7),
}

# polity -> (name, lat, lon, min_zoom, extra); one capital per polity that has one in the extent
CAPITALS = {
    "ussr": ("Moscow", 55.7558, 37.6173, 3, {}),
    "poland": ("Warsaw", 52.2297, 21.0122, 4, {}),
    "gdr": ("Berlin", 52.5200, 13.4050, 3, {"alt_name": "East Berlin"}),
    "czechoslovakia": ("Prague", 50.0755, 14.4378, 4, {}),
    "hungary": ("Budapest", 47.4979, 19.0402, 3, {}),
    "romania": ("Bucharest", 44.4268, 26.1025, 4, {}),
    "bulgaria": ("Sofia", 42.6977, 23.3219, 4, {}),
    "albania": ("Tirana", 41.3275, 19.8187, 4, {}),
    "frg": ("Bonn", 50.7374, 7.0982, 4, {}),
    "france": ("Paris", 48.8566, 2.3522, 3, {}),
    "italy": ("Rome", 41.9028, 12.4964, 3, {}),
    "united-kingdom": ("London", 51.5074, -0.1278, 3, {}),
    "belgium": ("Brussels", 50.8503, 4.3517, 4, {}),
    "netherlands": ("Amsterdam", 52.3676, 4.9041, 4, {}),
    "luxembourg": ("Luxembourg", 49.6116, 6.1319, 5, {}),
    "denmark": ("Copenhagen", 55.6761, 12.5683, 4, {}),
    "norway": ("Oslo", 59.9139, 10.7522, 4, {}),
    "iceland": ("Reykjavík", 64.1466, -21.9426, 4, {}),
    "portugal": ("Lisbon", 38.7223, -9.1393, 4, {}),
    "greece": ("Athens", 37.9838, 23.7275, 4, {}),
    "turkey": ("Ankara", 39.9334, 32.8597, 4, {}),
    "austria": ("Vienna", 48.2082, 16.3738, 3, {}),
    "switzerland": ("Bern", 46.9480, 7.4474, 4, {}),
    "sweden": ("Stockholm", 59.3293, 18.0686, 4, {}),
    "finland": ("Helsinki", 60.1699, 24.9384, 4, {}),
    "ireland": ("Dublin", 53.3498, -6.2603, 4, {}),
    "yugoslavia": ("Belgrade", 44.7866, 20.4489, 4, {}),
    "egypt": ("Cairo", 30.0444, 31.2357, 4, {}),
    "india": ("New Delhi", 28.6139, 77.2090, 4, {}),
    "afghanistan": ("Kabul", 34.5553, 69.2075, 4, {}),
    "nepal": ("Kathmandu", 27.7172, 85.3240, 5, {}),
    "spain": ("Madrid", 40.4168, -3.7038, 4, {}),
    "saar": ("Saarbrücken", 49.2402, 6.9969, 5, {}),
    "andorra": ("Andorra la Vella", 42.5063, 1.5218, 8, {}),
    "monaco": ("Monaco", 43.7384, 7.4246, 9, {}),
    "liechtenstein": ("Vaduz", 47.1410, 9.5209, 8, {}),
    "san-marino": ("San Marino", 43.9356, 12.4473, 8, {}),
    "cyprus": ("Nicosia", 35.1856, 33.3823, 6, {}),
    "malta": ("Valletta", 35.8989, 14.5146, 7, {}),
    "israel": ("Jerusalem", 31.7800, 35.2050, 5, {"alt_name": "West Jerusalem"}),
    "syria": ("Damascus", 33.5138, 36.2765, 5, {}),
    "lebanon": ("Beirut", 33.8938, 35.5018, 5, {}),
    "jordan": ("Amman", 31.9454, 35.9284, 5, {}),
    "iraq": ("Baghdad", 33.3152, 44.3661, 4, {}),
    "iran": ("Tehran", 35.6892, 51.3890, 4, {}),
    "kuwait": ("Kuwait", 29.3759, 47.9774, 6, {}),
    "bahrain": ("Manama", 26.2285, 50.5860, 8, {}),
    "qatar": ("Doha", 25.2854, 51.5310, 7, {}),
    "libya": ("Tripoli", 32.8872, 13.1913, 5, {}),
    "tunisia": ("Tunis", 36.8065, 10.1815, 5, {}),
    "morocco": ("Rabat", 34.0209, -6.8416, 5, {}),
    "algeria": ("Algiers", 36.7538, 3.0588, 5, {}),
    "spanish-sahara": ("El Aaiún", 27.1536, -13.2033, 7, {"modern_name": "Laayoune"}),
    "sikkim": ("Gangtok", 27.3389, 88.6065, 8, {}),
    "china": ("Peking", 39.9042, 116.4074, 4, {"modern_name": "Beijing"}),
    "taiwan": ("Taipei", 25.0330, 121.5654, 6, {}),
    "mongolia": ("Ulan Bator", 47.8864, 106.9057, 5, {"modern_name": "Ulaanbaatar"}),
    "north-korea": ("Pyongyang", 39.0392, 125.7625, 5, {}),
    "south-korea": ("Seoul", 37.5665, 126.9780, 5, {}),
    "japan": ("Tokyo", 35.6762, 139.6503, 4, {}),
    "ryukyu": ("Naha", 26.2124, 127.6809, 7, {}),
}

_M = "modern_name"
_A = "alt_name"

# polity -> [(name, lat, lon, min_zoom, extra)]
CITIES = {
    "hungary": [
        ("Debrecen", 47.5316, 21.6273, 5, {}), ("Szeged", 46.2530, 20.1414, 5, {}),
        ("Miskolc", 48.1035, 20.7784, 5, {}), ("Pécs", 46.0727, 18.2323, 5, {}),
        ("Győr", 47.6875, 17.6504, 5, {}), ("Sztálinváros", 46.9619, 18.9355, 6, {_M: "Dunaújváros"}),
        ("Székesfehérvár", 47.1860, 18.4221, 6, {}), ("Kecskemét", 46.8964, 19.6897, 6, {}),
        ("Nyíregyháza", 47.9554, 21.7167, 6, {}), ("Szombathely", 47.2307, 16.6218, 6, {}),
        ("Sopron", 47.6817, 16.5845, 6, {}), ("Eger", 47.9025, 20.3772, 6, {}),
        ("Veszprém", 47.0933, 17.9115, 7, {}), ("Szolnok", 47.1621, 20.1825, 6, {}),
        ("Mosonmagyaróvár", 47.8737, 17.2688, 7, {}), ("Komárom", 47.7432, 18.1186, 7, {}),
        ("Kaposvár", 46.3594, 17.7968, 7, {}), ("Salgótarján", 48.0935, 19.7999, 7, {}),
        ("Hegyeshalom", 47.9114, 17.1565, 8, {}), ("Záhony", 48.4072, 22.1756, 8, {}),
        ("Tatabánya", 47.5692, 18.4048, 7, {}), ("Gödöllő", 47.5967, 19.3553, 8, {}),
    ],
    "austria": [
        ("Graz", 47.0707, 15.4395, 5, {}), ("Linz", 48.3069, 14.2858, 5, {}),
        ("Salzburg", 47.8095, 13.0550, 5, {}), ("Innsbruck", 47.2692, 11.4041, 5, {}),
        ("Klagenfurt", 46.6365, 14.3122, 6, {}), ("Eisenstadt", 47.8456, 16.5233, 7, {}),
        ("Andau", 47.7733, 17.0328, 8, {}), ("Nickelsdorf", 47.9406, 17.0689, 8, {}),
    ],
    "czechoslovakia": [
        ("Bratislava", 48.1486, 17.1077, 4, {}), ("Brno", 49.1951, 16.6068, 5, {}),
        ("Ostrava", 49.8209, 18.2625, 5, {}), ("Plzeň", 49.7384, 13.3736, 6, {}),
        ("Košice", 48.7164, 21.2611, 5, {}), ("Gottwaldov", 49.2265, 17.6707, 6, {_M: "Zlín"}),
        ("Komárno", 47.7633, 18.1281, 7, {}), ("Banská Bystrica", 48.7395, 19.1535, 7, {}),
        ("Olomouc", 49.5938, 17.2509, 6, {}), ("Ústí nad Labem", 50.6607, 14.0323, 7, {}),
    ],
    "poland": [
        ("Kraków", 50.0647, 19.9450, 5, {}), ("Łódź", 51.7592, 19.4560, 5, {}),
        ("Poznań", 52.4064, 16.9252, 5, {}), ("Gdańsk", 54.3520, 18.6466, 5, {}),
        ("Szczecin", 53.4285, 14.5528, 5, {}), ("Wrocław", 51.1079, 17.0385, 5, {}),
        ("Stalinogród", 50.2649, 19.0238, 5, {_M: "Katowice"}), ("Lublin", 51.2465, 22.5684, 6, {}),
        ("Białystok", 53.1325, 23.1688, 6, {}), ("Rzeszów", 50.0412, 21.9991, 7, {}),
    ],
    "gdr": [
        ("Leipzig", 51.3397, 12.3731, 5, {}), ("Dresden", 51.0504, 13.7373, 5, {}),
        ("Karl-Marx-Stadt", 50.8278, 12.9214, 5, {_M: "Chemnitz"}), ("Magdeburg", 52.1205, 11.6276, 6, {}),
        ("Rostock", 54.0924, 12.0991, 6, {}), ("Halle", 51.4969, 11.9688, 6, {}),
        ("Erfurt", 50.9848, 11.0299, 6, {}), ("Stalinstadt", 52.1450, 14.6430, 7, {_M: "Eisenhüttenstadt"}),
    ],
    "frg": [
        ("Hamburg", 53.5511, 9.9937, 5, {}), ("Munich", 48.1351, 11.5820, 5, {}),
        ("Frankfurt am Main", 50.1109, 8.6821, 5, {}), ("Cologne", 50.9375, 6.9603, 5, {}),
        ("Stuttgart", 48.7758, 9.1829, 6, {}), ("Lübeck", 53.8655, 10.6866, 6, {}),
        ("Hanover", 52.3759, 9.7320, 6, {}), ("Nuremberg", 49.4521, 11.0767, 6, {}),
        ("Bremen", 53.0793, 8.8017, 6, {}), ("Düsseldorf", 51.2277, 6.7735, 6, {}),
    ],
    "ussr": [
        ("Leningrad", 59.9343, 30.3351, 4, {_M: "Saint Petersburg"}), ("Kiev", 50.4501, 30.5234, 4, {_M: "Kyiv"}),
        ("Minsk", 53.9006, 27.5590, 4, {}), ("Riga", 56.9496, 24.1052, 4, {}),
        ("Vilnius", 54.6872, 25.2797, 5, {}), ("Tallinn", 59.4370, 24.7536, 5, {}),
        ("Kishinev", 47.0105, 28.8638, 5, {_M: "Chișinău"}), ("Lvov", 49.8397, 24.0297, 5, {_M: "Lviv", _A: "Lwów"}),
        ("Uzhgorod", 48.6208, 22.2879, 6, {_M: "Uzhhorod", _A: "Ungvár"}),
        ("Mukachevo", 48.4394, 22.7178, 7, {_M: "Mukachevo", _A: "Munkács"}),
        ("Beregovo", 48.2050, 22.6446, 8, {_M: "Berehove", _A: "Beregszász"}),
        ("Chop", 48.4316, 22.2053, 8, {_A: "Csap"}),
        ("Stryi", 49.2600, 23.8500, 8, {_M: "Stryi"}),
        ("Chernovtsy", 48.2921, 25.9358, 6, {_M: "Chernivtsi"}),
        ("Odessa", 46.4825, 30.7233, 5, {_M: "Odesa"}), ("Kharkov", 49.9935, 36.2304, 5, {_M: "Kharkiv"}),
        ("Stalino", 48.0159, 37.8029, 5, {_M: "Donetsk"}), ("Voroshilovgrad", 48.5740, 39.3078, 6, {_M: "Luhansk"}),
        ("Dnepropetrovsk", 48.4647, 35.0462, 5, {_M: "Dnipro"}), ("Zaporozhye", 47.8388, 35.1396, 6, {_M: "Zaporizhzhia"}),
        ("Sevastopol", 44.6166, 33.5254, 6, {}), ("Simferopol", 44.9521, 34.1024, 6, {}),
        ("Stalingrad", 48.7080, 44.5133, 4, {_M: "Volgograd"}), ("Kuibyshev", 53.1959, 50.1002, 5, {_M: "Samara"}),
        ("Gorky", 56.2965, 43.9361, 5, {_M: "Nizhny Novgorod"}), ("Kazan", 55.7961, 49.1064, 5, {}),
        ("Molotov", 58.0105, 56.2502, 5, {_M: "Perm"}), ("Sverdlovsk", 56.8389, 60.6057, 5, {_M: "Yekaterinburg"}),
        ("Chelyabinsk", 55.1644, 61.4368, 6, {}), ("Chkalov", 51.7682, 55.0970, 6, {_M: "Orenburg"}),
        ("Ufa", 54.7388, 55.9721, 6, {}), ("Saratov", 51.5336, 46.0343, 6, {}),
        ("Rostov-on-Don", 47.2357, 39.7015, 5, {}), ("Voronezh", 51.6720, 39.1843, 6, {}),
        ("Smolensk", 54.7826, 32.0453, 6, {}), ("Brest", 52.0976, 23.7341, 6, {}),
        ("Grodno", 53.6694, 23.8131, 7, {_M: "Hrodna"}), ("Kaliningrad", 54.7104, 20.4522, 5, {_A: "Königsberg"}),
        ("Murmansk", 68.9585, 33.0827, 5, {}), ("Arkhangelsk", 64.5399, 40.5152, 5, {}),
        ("Vorkuta", 67.4974, 64.0611, 6, {}), ("Tbilisi", 41.7151, 44.8271, 5, {}),
        ("Yerevan", 40.1872, 44.5152, 5, {}), ("Baku", 40.4093, 49.8671, 5, {}),
        ("Tashkent", 41.2995, 69.2401, 5, {}), ("Alma-Ata", 43.2220, 76.8512, 5, {_M: "Almaty"}),
        ("Frunze", 42.8746, 74.5698, 6, {_M: "Bishkek"}), ("Stalinabad", 38.5598, 68.7870, 6, {_M: "Dushanbe"}),
        ("Ashkhabad", 37.9601, 58.3261, 6, {_M: "Ashgabat"}), ("Novosibirsk", 55.0084, 82.9357, 5, {}),
        ("Omsk", 54.9885, 73.3242, 5, {}), ("Stalinsk", 53.7596, 87.1216, 6, {_M: "Novokuznetsk"}),
        ("Krasnoyarsk", 56.0153, 92.8932, 5, {}), ("Irkutsk", 52.2870, 104.3050, 5, {}),
        ("Yakutsk", 62.0355, 129.6755, 5, {}), ("Khabarovsk", 48.4802, 135.0719, 5, {}),
        ("Vladivostok", 43.1198, 131.8869, 5, {}), ("Magadan", 59.5638, 150.8035, 6, {}),
        ("Petropavlovsk-Kamchatsky", 53.0452, 158.6511, 6, {}), ("Norilsk", 69.3558, 88.1893, 6, {}),
        ("Karaganda", 49.8047, 73.1094, 6, {_M: "Karagandy"}), ("Semipalatinsk", 50.4111, 80.2275, 6, {_M: "Semey"}),
    ],
    "romania": [
        ("Cluj", 46.7712, 23.6236, 5, {_M: "Cluj-Napoca", _A: "Kolozsvár"}),
        ("Timișoara", 45.7489, 21.2087, 5, {_A: "Temesvár"}), ("Iași", 47.1585, 27.6014, 5, {}),
        ("Orașul Stalin", 45.6427, 25.5887, 5, {_M: "Brașov", _A: "Brassó"}),
        ("Constanța", 44.1598, 28.6348, 5, {}), ("Oradea", 47.0465, 21.9189, 6, {_A: "Nagyvárad"}),
        ("Arad", 46.1866, 21.3123, 6, {}), ("Târgu Mureș", 46.5386, 24.5575, 6, {_A: "Marosvásárhely"}),
        ("Galați", 45.4353, 28.0080, 6, {}), ("Craiova", 44.3302, 23.7949, 6, {}),
    ],
    "bulgaria": [
        ("Plovdiv", 42.1354, 24.7453, 5, {}), ("Varna", 43.2141, 27.9147, 5, {}),
        ("Burgas", 42.5048, 27.4626, 6, {}), ("Dimitrovo", 42.6052, 23.0378, 6, {_M: "Pernik"}),
        ("Ruse", 43.8356, 25.9657, 6, {}), ("Kolarovgrad", 43.2706, 26.9229, 7, {_M: "Shumen"}),
        ("Stanke Dimitrov", 42.2614, 23.1176, 7, {_M: "Dupnitsa"}),
    ],
    "yugoslavia": [
        ("Zagreb", 45.8150, 15.9819, 4, {}), ("Ljubljana", 46.0569, 14.5058, 5, {}),
        ("Sarajevo", 43.8563, 18.4131, 5, {}), ("Skopje", 41.9981, 21.4254, 5, {}),
        ("Titograd", 42.4304, 19.2594, 6, {_M: "Podgorica"}), ("Novi Sad", 45.2671, 19.8335, 5, {_A: "Újvidék"}),
        ("Split", 43.5081, 16.4402, 6, {}), ("Rijeka", 45.3271, 14.4422, 6, {}),
        ("Koper", 45.5481, 13.7302, 7, {_A: "Capodistria"}), ("Priština", 42.6629, 21.1655, 6, {}),
        ("Subotica", 46.1000, 19.6658, 6, {_A: "Szabadka"}), ("Niš", 43.3209, 21.8958, 6, {}),
        ("Titovo Užice", 43.8586, 19.8488, 7, {_M: "Užice"}), ("Titov Veles", 41.7156, 21.7756, 7, {_M: "Veles"}),
    ],
    "albania": [
        ("Durrës", 41.3246, 19.4565, 6, {}), ("Shkodër", 42.0683, 19.5126, 6, {}),
        ("Vlorë", 40.4661, 19.4914, 6, {}), ("Korçë", 40.6186, 20.7808, 7, {}),
        ("Qyteti Stalin", 40.8025, 19.9142, 7, {_M: "Kuçovë"}),
    ],
    "italy": [
        ("Milan", 45.4642, 9.1900, 5, {}), ("Turin", 45.0703, 7.6869, 5, {}),
        ("Naples", 40.8518, 14.2681, 5, {}), ("Venice", 45.4408, 12.3155, 5, {}),
        ("Trieste", 45.6495, 13.7768, 5, {}), ("Genoa", 44.4056, 8.9463, 6, {}),
        ("Florence", 43.7696, 11.2558, 6, {}), ("Bologna", 44.4949, 11.3426, 6, {}),
        ("Palermo", 38.1157, 13.3615, 6, {}), ("Bari", 41.1171, 16.8719, 6, {}),
    ],
    "france": [
        ("Marseille", 43.2965, 5.3698, 5, {}), ("Lyon", 45.7640, 4.8357, 5, {}),
        ("Strasbourg", 48.5734, 7.7521, 5, {}), ("Bordeaux", 44.8378, -0.5792, 5, {}),
        ("Toulouse", 43.6047, 1.4442, 6, {}), ("Lille", 50.6292, 3.0573, 6, {}),
        ("Nice", 43.7102, 7.2620, 6, {}), ("Toulon", 43.1242, 5.9280, 7, {}),
    ],
    "united-kingdom": [
        ("Birmingham", 52.4862, -1.8904, 5, {}), ("Manchester", 53.4808, -2.2426, 5, {}),
        ("Glasgow", 55.8642, -4.2518, 5, {}), ("Edinburgh", 55.9533, -3.1883, 5, {}),
        ("Belfast", 54.5973, -5.9301, 5, {}), ("Liverpool", 53.4084, -2.9916, 6, {}),
    ],
    "belgium": [("Antwerp", 51.2194, 4.4025, 6, {})],
    "netherlands": [("Rotterdam", 51.9244, 4.4777, 6, {}), ("The Hague", 52.0705, 4.3007, 6, {})],
    "switzerland": [("Zürich", 47.3769, 8.5417, 5, {}), ("Geneva", 46.2044, 6.1432, 5, {})],
    "sweden": [("Gothenburg", 57.7089, 11.9746, 5, {}), ("Malmö", 55.6050, 13.0038, 6, {})],
    "norway": [("Bergen", 60.3913, 5.3221, 5, {}), ("Trondheim", 63.4305, 10.3951, 6, {})],
    "finland": [("Turku", 60.4518, 22.2666, 6, {}), ("Tampere", 61.4978, 23.7610, 6, {})],
    "denmark": [("Aarhus", 56.1629, 10.2039, 6, {})],
    "portugal": [("Porto", 41.1579, -8.6291, 5, {})],
    "spain": [("Barcelona", 41.3874, 2.1686, 5, {}), ("Seville", 37.3891, -5.9845, 5, {}),
              ("Valencia", 39.4699, -0.3763, 6, {})],
    "greece": [("Thessaloniki", 40.6401, 22.9444, 5, {})],
    "turkey": [("Istanbul", 41.0082, 28.9784, 4, {}), ("İzmir", 38.4237, 27.1428, 5, {}),
               ("Adana", 37.0000, 35.3213, 6, {})],
    "gibraltar": [("Gibraltar", 36.1408, -5.3536, 8, {})],
    "egypt": [("Alexandria", 31.2001, 29.9187, 5, {}), ("Port Said", 31.2653, 32.3019, 5, {}),
              ("Suez", 29.9668, 32.5498, 5, {}), ("Ismailia", 30.5965, 32.2715, 6, {}),
              ("Gaza", 31.5017, 34.4668, 6, {})],
    "israel": [("Tel Aviv", 32.0853, 34.7818, 5, {}), ("Haifa", 32.7940, 34.9896, 6, {})],
    "jordan": [("Jerusalem (Old City)", 31.7767, 35.2345, 7, {_A: "East Jerusalem"})],
    "syria": [("Aleppo", 36.2021, 37.1343, 5, {})],
    "iraq": [("Basra", 30.5085, 47.7804, 5, {}), ("Mosul", 36.3566, 43.1640, 6, {})],
    "iran": [("Tabriz", 38.0962, 46.2738, 5, {}), ("Isfahan", 32.6546, 51.6680, 5, {}),
             ("Abadan", 30.3473, 48.2934, 6, {})],
    "saudi-arabia": [("Dhahran", 26.2361, 50.0393, 7, {})],
    "libya": [("Benghazi", 32.1167, 20.0667, 5, {})],
    "morocco": [("Casablanca", 33.5731, -7.5898, 5, {}), ("Tangier", 35.7595, -5.8340, 6, {})],
    "algeria": [("Oran", 35.6971, -0.6308, 5, {}), ("Constantine", 36.3650, 6.6147, 6, {})],
    "pakistan": [("Lahore", 31.5204, 74.3587, 5, {}), ("Peshawar", 34.0151, 71.5249, 6, {})],
    "india": [("Lucknow", 26.8467, 80.9462, 6, {})],
    "china": [("Shanghai", 31.2304, 121.4737, 4, {}), ("Tientsin", 39.3434, 117.3616, 5, {_M: "Tianjin"}),
              ("Nanking", 32.0603, 118.7969, 5, {_M: "Nanjing"}), ("Harbin", 45.8038, 126.5349, 5, {}),
              ("Lhasa", 29.6520, 91.1721, 5, {}), ("Urumchi", 43.8256, 87.6168, 6, {_M: "Ürümqi"})],
    "japan": [("Osaka", 34.6937, 135.5023, 5, {}), ("Sapporo", 43.0618, 141.3545, 5, {})],
    "south-korea": [("Pusan", 35.1796, 129.0756, 6, {_M: "Busan"})],
}


def labels():
    out = []
    for pid, (lat, lon, z) in COUNTRY.items():
        name, short, _alliance = POLITIES[pid]
        name_hu, short_hu, _source = names_hu.COUNTRIES[pid]
        out.append({"name": name, "short_name": short, "name_hu": name_hu,
                    "short_name_hu": short_hu, "kind": "country", "lat": lat, "lon": lon,
                    "polity": pid, "min_zoom": z})
    for pid, (name, lat, lon, z, extra) in CAPITALS.items():
        out.append({"name": name, **_hungarian(pid, name, extra), "kind": "capital", "lat": lat,
                    "lon": lon, "polity": pid, "min_zoom": z, **extra})
    for pid, rows in CITIES.items():
        for name, lat, lon, z, extra in rows:
            extra = {k: v for k, v in extra.items() if v != name}
            out.append({"name": name, **_hungarian(pid, name, extra), "kind": "city", "lat": lat,
                        "lon": lon, "polity": pid, "min_zoom": z, **extra})
    _check_hungarian(out)
    return out


def _hungarian(pid, name, extra):
    """`name_hu` and `alt_name_hu` of a place, where Hungarian has its own form."""
    out = {}
    if (pid, name) in names_hu.PLACES:
        out["name_hu"] = names_hu.PLACES[(pid, name)][0]
    if (pid, name) in names_hu.ALT_NAMES:
        out["alt_name_hu"] = names_hu.ALT_NAMES[(pid, name)][0]
    return out


def _check_hungarian(out):
    """Every Hungarian name names a label, differs from its name and has a known source."""
    places = {(l["polity"], l["name"]) for l in out if l["kind"] != "country"}
    with_alt = {(l["polity"], l["name"]) for l in out if "alt_name" in l}
    problems = [f"names_hu.PLACES: no label {key}" for key in names_hu.PLACES
                if key not in places]
    problems += [f"names_hu.ALT_NAMES: no alt_name on {key}" for key in names_hu.ALT_NAMES
                 if key not in with_alt]
    problems += [f"names_hu.PLACES: {key} is the same in Hungarian"
                 for key, (hu, _s) in names_hu.PLACES.items() if hu == key[1]]
    rows = [*names_hu.COUNTRIES.values(), *names_hu.PLACES.values(),
            *names_hu.ALT_NAMES.values()]
    problems += [f"unknown source {row[-1]!r} in {row}" for row in rows
                 if row[-1] not in names_hu.SOURCES]
    missing = set(COUNTRY) - set(names_hu.COUNTRIES)
    problems += [f"names_hu.COUNTRIES: no Hungarian name for {pid}" for pid in sorted(missing)]
    if problems:
        raise SystemExit("Hungarian names:\n  " + "\n  ".join(problems))
