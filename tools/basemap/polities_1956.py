"""Which modern admin-1 unit belonged to which state in October-November 1956.

POLITIES: id -> (name_1956, short_name, alliance). Alliance values follow
docs/story-format.md: warsaw-pact, nato, neutral, non-aligned, other.
"""

POLITIES = {
    # Warsaw Pact
    "ussr": ("Union of Soviet Socialist Republics", "Soviet Union", "warsaw-pact"),
    "poland": ("Polish People's Republic", "Poland", "warsaw-pact"),
    "gdr": ("German Democratic Republic", "East Germany", "warsaw-pact"),
    "czechoslovakia": ("Czechoslovak Republic", "Czechoslovakia", "warsaw-pact"),
    "hungary": ("Hungarian People's Republic", "Hungary", "warsaw-pact"),
    "romania": ("Romanian People's Republic", "Romania", "warsaw-pact"),
    "bulgaria": ("People's Republic of Bulgaria", "Bulgaria", "warsaw-pact"),
    "albania": ("People's Republic of Albania", "Albania", "warsaw-pact"),
    # NATO
    "frg": ("Federal Republic of Germany", "West Germany", "nato"),
    "france": ("French Republic", "France", "nato"),
    "italy": ("Italian Republic", "Italy", "nato"),
    "united-kingdom": ("United Kingdom of Great Britain and Northern Ireland", "United Kingdom", "nato"),
    "belgium": ("Kingdom of Belgium", "Belgium", "nato"),
    "netherlands": ("Kingdom of the Netherlands", "Netherlands", "nato"),
    "luxembourg": ("Grand Duchy of Luxembourg", "Luxembourg", "nato"),
    "denmark": ("Kingdom of Denmark", "Denmark", "nato"),
    "norway": ("Kingdom of Norway", "Norway", "nato"),
    "iceland": ("Republic of Iceland", "Iceland", "nato"),
    "portugal": ("Portuguese Republic", "Portugal", "nato"),
    "greece": ("Kingdom of Greece", "Greece", "nato"),
    "turkey": ("Republic of Turkey", "Turkey", "nato"),
    "united-states": ("United States of America (Territory of Alaska)", "United States", "nato"),
    # Neutral
    "austria": ("Republic of Austria", "Austria", "neutral"),
    "switzerland": ("Swiss Confederation", "Switzerland", "neutral"),
    "sweden": ("Kingdom of Sweden", "Sweden", "neutral"),
    "finland": ("Republic of Finland", "Finland", "neutral"),
    "ireland": ("Ireland", "Ireland", "neutral"),
    # Non-aligned (Brioni, July 1956: Tito, Nasser, Nehru; plus neutralist Asian states)
    "yugoslavia": ("Federal People's Republic of Yugoslavia", "Yugoslavia", "non-aligned"),
    "egypt": ("Republic of Egypt", "Egypt", "non-aligned"),
    "india": ("Republic of India", "India", "non-aligned"),
    "burma": ("Union of Burma", "Burma", "non-aligned"),
    "afghanistan": ("Kingdom of Afghanistan", "Afghanistan", "non-aligned"),
    "nepal": ("Kingdom of Nepal", "Nepal", "non-aligned"),
    # Others in Europe
    "spain": ("Spanish State", "Spain", "other"),
    "saar": ("Saar Protectorate (France)", "Saar", "other"),
    "andorra": ("Principality of Andorra", "Andorra", "other"),
    "monaco": ("Principality of Monaco", "Monaco", "other"),
    "liechtenstein": ("Principality of Liechtenstein", "Liechtenstein", "other"),
    "san-marino": ("Most Serene Republic of San Marino", "San Marino", "other"),
    "vatican": ("Vatican City State", "Vatican City", "other"),
    "cyprus": ("Cyprus (British colony)", "Cyprus", "other"),
    "malta": ("Malta (British colony)", "Malta", "other"),
    "gibraltar": ("Gibraltar (British colony)", "Gibraltar", "other"),
    # North Africa and the Middle East
    "israel": ("State of Israel", "Israel", "other"),
    "syria": ("Syrian Republic", "Syria", "other"),
    "lebanon": ("Lebanese Republic", "Lebanon", "other"),
    "jordan": ("Hashemite Kingdom of Jordan", "Jordan", "other"),
    "iraq": ("Kingdom of Iraq", "Iraq", "other"),
    "iran": ("Imperial State of Iran", "Iran", "other"),
    "saudi-arabia": ("Kingdom of Saudi Arabia", "Saudi Arabia", "other"),
    "kuwait": ("Kuwait (British protection)", "Kuwait", "other"),
    "bahrain": ("Bahrain (British protection)", "Bahrain", "other"),
    "qatar": ("Qatar (British protection)", "Qatar", "other"),
    "trucial-states": ("Trucial States (British protection)", "Trucial States", "other"),
    "muscat-and-oman": ("Sultanate of Muscat and Oman", "Muscat and Oman", "other"),
    "libya": ("United Kingdom of Libya", "Libya", "other"),
    "tunisia": ("Kingdom of Tunisia", "Tunisia", "other"),
    "morocco": ("Sultanate of Morocco", "Morocco", "other"),
    "algeria": ("Algeria (France)", "Algeria", "other"),
    "spanish-sahara": ("Spanish Sahara (Spain)", "Spanish Sahara", "other"),
    "mauritania": ("Mauritania (French West Africa)", "Mauritania", "other"),
    # Asia
    "pakistan": ("Islamic Republic of Pakistan", "Pakistan", "other"),
    "bhutan": ("Kingdom of Bhutan", "Bhutan", "other"),
    "sikkim": ("Sikkim (Indian protectorate)", "Sikkim", "other"),
    "china": ("People's Republic of China", "China", "other"),
    "taiwan": ("Republic of China (Taiwan)", "Taiwan", "other"),
    "mongolia": ("Mongolian People's Republic", "Mongolia", "other"),
    "north-korea": ("Democratic People's Republic of Korea", "North Korea", "other"),
    "south-korea": ("Republic of Korea", "South Korea", "other"),
    "japan": ("Japan", "Japan", "other"),
    "ryukyu": ("Ryukyu Islands (US administration)", "Ryukyu Islands", "other"),
}

# ISO 3166-1 alpha-2 (admin-1 `iso_a2`) -> 1956 polity.
COUNTRY = {
    # USSR = the 15 post-Soviet states
    **{c: "ussr" for c in "RU UA BY MD EE LV LT GE AM AZ KZ UZ TM TJ KG".split()},
    "PL": "poland", "CZ": "czechoslovakia", "SK": "czechoslovakia", "HU": "hungary",
    "RO": "romania", "BG": "bulgaria", "AL": "albania",
    **{c: "yugoslavia" for c in "SI HR BA RS ME MK XK".split()},
    "FR": "france", "IT": "italy", "GB": "united-kingdom", "IM": "united-kingdom",
    "JE": "united-kingdom", "GG": "united-kingdom", "BE": "belgium", "NL": "netherlands",
    "LU": "luxembourg", "DK": "denmark", "FO": "denmark", "GL": "denmark", "NO": "norway",
    "IS": "iceland", "PT": "portugal", "GR": "greece", "TR": "turkey", "US": "united-states",
    "AT": "austria", "CH": "switzerland", "SE": "sweden", "FI": "finland", "AX": "finland",
    "IE": "ireland", "ES": "spain", "AD": "andorra", "MC": "monaco", "LI": "liechtenstein",
    "SM": "san-marino", "VA": "vatican", "CY": "cyprus", "MT": "malta", "GI": "gibraltar",
    "EG": "egypt", "IL": "israel", "SY": "syria", "LB": "lebanon", "JO": "jordan",
    "IQ": "iraq", "IR": "iran", "SA": "saudi-arabia", "KW": "kuwait", "BH": "bahrain",
    "QA": "qatar", "AE": "trucial-states", "OM": "muscat-and-oman", "LY": "libya",
    "TN": "tunisia", "MA": "morocco", "DZ": "algeria", "EH": "spanish-sahara",
    "MR": "mauritania", "AF": "afghanistan", "PK": "pakistan",
    "BD": "pakistan", "IN": "india", "NP": "nepal", "BT": "bhutan", "MM": "burma",
    "CN": "china", "HK": "china", "MO": "china", "TW": "taiwan", "MN": "mongolia",
    "KP": "north-korea", "KR": "south-korea", "JP": "japan",
}

# Länder of the GDR in 1956 (the Länder were abolished in 1952 for Bezirke, but the outer
# boundary is the same). Berlin is wholly included (see README: known differences).
GDR_LANDER = {"DE-MV", "DE-BB", "DE-SN", "DE-ST", "DE-TH", "DE-BE"}


def polity_of(props):
    """1956 polity id of a Natural Earth admin-1 feature, or None if unknown."""
    a2 = props.get("iso_a2")
    a3 = props.get("adm0_a3")
    code = props.get("iso_3166_2")
    if a3 == "PSX":  # Gaza: Egyptian administration; West Bank: annexed by Jordan 1950
        return "egypt" if props.get("admin") == "Gaza Strip" else "jordan"
    if a3 in ("CYP", "CYN", "ESB", "WSB"):
        return "cyprus"
    if a3 == "KAS":  # Siachen glacier: part of Ladakh, Jammu and Kashmir
        return "india"
    if a2 == "DE":
        if code in GDR_LANDER:
            return "gdr"
        return "saar" if code == "DE-SL" else "frg"
    if code == "IN-SK":
        return "sikkim"
    if code == "JP-47":  # Okinawa prefecture
        return "ryukyu"
    return COUNTRY.get(a2)


# Corrections to the modern admin-1 split: (from, to, polygon ring [lon, lat]). The part of
# `from` inside the ring is moved to `to`. Rings are deliberately rough; the outer edges follow
# the admin-1 boundaries because only the intersection with `from` moves.
CARVE = [
    # Western Sahara: Natural Earth's Moroccan admin-1 regions reach south of 27°40'N.
    ("morocco", "spanish-sahara",
     [(-20.0, 20.0), (-8.0, 20.0), (-8.0, 27.6667), (-20.0, 27.6667), (-20.0, 20.0)]),
    # Golan Heights: Syrian until June 1967 (west edge ~ the 1949 armistice line).
    ("israel", "syria",
     [(35.620, 33.340), (35.633, 33.245), (35.640, 33.100), (35.632, 32.890), (35.650, 32.840),
      (35.640, 32.690), (35.900, 32.690), (36.100, 33.500), (35.620, 33.340)]),
    # East Jerusalem: Jordanian 1948-1967 (east of the 1949 armistice line, ~35.227°E).
    ("israel", "jordan",
     [(35.227, 31.740), (35.400, 31.740), (35.400, 31.860), (35.227, 31.860), (35.227, 31.740)]),
]
