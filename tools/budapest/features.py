"""Source table of the Budapest 1956 city layer (human-edited; build.py turns it into
data/basemap/budapest.geojson). Every coordinate and every name date below carries the key of
the source it was taken from (SOURCES); README.md lists them with what each one supports.

Coordinates are WGS 84 (lat, lon) degrees. Name dates are strings as precise as the source:
"1950" (some time in 1950), "1956-10-26" (that day); None = not dated by any source we found
(for `from`: the name was already in use before 1956; for `to`: still in use).
"""

# --------------------------------------------------------------------------------------------
# Sources (key -> citation). All were read through the project's search tool (stored copies).
# --------------------------------------------------------------------------------------------
SOURCES = {
    "wp-kossuth-ter": "Wikipedia (pl/cs) 'Kossuth Lajos tér': 47°30′25″N 19°02′50″E; named Országház tér "
                      "1898–1927 (plwiki.pl/Leksykon/Plac_Lajosa_Kossutha; cs.wikipedia.org/wiki/Kossuth_Lajos_tér)",
    "shoes": "Shoes on the Danube Bank memorial, on the Pest quay: 47°30′14″N 19°02′41″E (de.wikipedia via "
             "tripomatic.com, as in data/basemap/README.md)",
    "wp-parliament": "Wikipedia (en) 'Hungarian Parliament Building': 47°30′25″N 19°02′44″E "
                     "(review.clateway.com mirror)",
    "wp-koztarsasag": "Wikipedia (hu) 'II. János Pál pápa tér': 47°29′42″N 19°04′38″E (sagapedia.com/hu mirror); "
                      "renamed Köztársaság tér in 1946 (mybudapesthome.com 'The former Köztársaság tér'); renamed "
                      "II. János Pál pápa tér in 2011 (hvg.hu 2011-06-24)",
    "wp-oktogon": "Wikipedia (en) 'Oktogon (intersection)': 47.5052722, 19.0633972; November 7. tér 1945 "
                  "(de-academic 'Oktogon (Budapest)') or 1950 (virtualglobetrotting.com) until 1990 "
                  "(sapientiano.com 'Oktogon (Budapest)')",
    "wp-szell": "Wikipedia (en) 'Széll Kálmán tér': 47°30′25.50″N 19°01′27.14″E; Moszkva tér 1951–2011",
    "wp-szena": "Wikipedia (hu) 'Széna tér (Budapest)': 47°30′28″N 19°01′29″E; name since 1879",
    "wp-moricz": "Wikipedia (en) 'Móricz Zsigmond körtér': 47.4771583, 19.0467778; renamed from Horthy Miklós "
                 "körtér in 1945 (findatwiki.com mirror; de.zxc.wiki)",
    "bkk-stops": "BKK (Budapest transport) stop list with BKK stop ids, as embedded in a public JavaScript "
                 "file found with the search tool (file id 41461172430): F00188 'Bem József tér' "
                 "47.51026, 19.038279; F00189-area 'Margit híd, budai hídfő' 47.514884, 19.039234; F00056 "
                 "'Szilágyi Dezső tér' 47.503343, 19.038439; F00051 'Halász utca' 47.502279, 19.03984; "
                 "F00107 'Várkert Bazár' 47.493159, 19.044395; F00113 'Döbrentei tér' 47.490101, 19.04677; "
                 "F00108 'Rudas Gyógyfürdő' 47.489543, 19.047619; F00094 'Déli pályaudvar' 47.500604, "
                 "19.024576; F00083 'Krisztina tér' 47.496953, 19.033391; F00006 'Sánc utca' 47.490136, "
                 "19.036047; F00012 'Búsuló Juhász (Citadella)' 47.485594, 19.039551; F00069 'Bécsi kapu "
                 "tér' 47.504572, 19.030681; F00071 'Szentháromság tér' 47.501316, 19.033761; F00073 'Dísz "
                 "tér' 47.499355, 19.036031; F00189 'Margit híd, budai hídfő H' 47.514602, 19.038882; F00195 "
                 "'Mechwart liget' 47.511345, 19.032285 (tram stops on Margit körút); F00032 'Széna tér' "
                 "47.508043, 19.029179 and F00033 'Széna tér' 47.507782, 19.028184 (stops on the square)",
    "bkk-sql": "BKK stops in a public SQL seed file found with the search tool (file id 63098046513): "
               "'Wesselényi utca / Erzsébet körút' 47.499856, 19.06916; 'Rákóczi tér M' 47.49239, 19.071001",
    "polish-monuments": "Prohászka László: Polish Monuments – Our Budapest (Budapest, 2001), p. 20 "
                        "(library.hungaricana.hu VaroshazaKiado_0077): Pálffy tér in District II was "
                        "'re-named Bem tér in 1950'; the Bem statue was unveiled in 1934",
    "wp-blaha": "Wikipedia (en) 'Blaha Lujza tér metro station': 47°29′48″N 19°04′12″E (piglix.com mirror)",
    "wp-deak": "Wikipedia (en/de/cs) 'Deák Ferenc tér': 47°29′51″N 19°03′18″E",
    "wp-hosok": "Wikipedia (tr) 'Kahramanlar Meydanı' (Hősök tere): 47°30′55″N 19°04′41″E; named Hősök tere "
                "in 1929 (hookedoneurope.com)",
    "roosevelt": "Roosevelt tér 1947–2011 (lonelyplanet.com 'Széchenyi István tér'; Rough Guide to Budapest "
                 "via what-when-how.com); position 47.499554, 19.047225 (forbudapest.com map pin)",
    "wp-clark": "Wikipedia (hu) 'Clark Ádám tér': 47°29′54″N 19°02′26″E; Lánchíd tér from the 1870s, "
                "Clark Ádám tér from 1912",
    "wp-batthyany": "Wikipedia (de/cs) 'Batthyány tér': 47°30′22″N 19°02′19″E (as in data/basemap/README.md)",
    "wp-nyugati": "Wikipedia (hu) 'Nyugati tér': 47°30′38″N 19°03′20″E; Berlini tér 1914–1945, Marx tér "
                  "1945–1992, Nyugati tér from 1992",
    "wp-kalvin": "Wikipedia (ja) 'カールヴィン広場' (Kálvin tér): 47.4896944, 19.0618194; 'Calvin tér in 1866 … "
                 "Magyarised to Kálvin in 1953' (welovebudapest.com 2022-06-27)",
    "wp-gellert-ter": "Wikipedia (hu) 'Szent Gellért tér': 47°29′02″N 19°03′12″E; Gellért tér from 1902, "
                      "Szent Gellért tér from 1920 (wikiwand.com/hu)",
    "wp-ferenciek": "Wikipedia (hu) 'Ferenciek tere': 47.493069, 19.055986; Apponyi tér 1921, Felszabadulás tér "
                    "1953, Ferenciek tere 1991 (de.knowledgr.com 'Ferenciek tere')",
    "wp-szabadsag-ter": "Wikipedia (en) 'Liberty Square (Budapest)': 47°30′17″N 19°03′01″E",
    "wp-jaszai": "Wikipedia (fr) 'Jászai Mari tér': 47°30′48″N 19°02′51″E (de.frwiki.wiki mirror)",
    "wp-felvonulasi": "Wikipedia (hu) 'Ötvenhatosok tere': 47.511400, 19.081400; the Stalin statue stood here from "
                      "1951; 'Felvonulási tér' is an unofficial name (hu.wikipedia.org)",
    "pestbuda-felvonulasi": "pestbuda.hu 2022-10-27 'Sztálin-szobor és dísztribün – a Felvonulási tér "
                            "története': known 'from the 1950s as Sztálin tér, after the 1956 revolution as "
                            "Felvonulási tér'",
    "bfl-1957": "Budapest City Archives (BFL) XXXV.1.g/3, MSZMP Budapest Committee papers 1957, p. 8 "
                "(library.hungaricana.hu HU_BFL_XXXV_1_g_3): the City Council executive on 26 Oct 1956 renamed "
                "'Sztálin tér' along its whole length to Dózsa György út and 'Sztálin híd' to Árpád híd; on "
                "7 June 1957 'Magyar Ifjúság útja' to Népköztársaság útja",
    "wp-korond": "Wikipedia (de) 'Kodály körönd': 47.5097111, 19.0700333; Körönd from the 1890s, Hitler Adolf "
                 "tér from 1938, Körönd again 1945, Kodály körönd 1971 (de.wikial.top mirror)",
    "wp-astoria": "Wikipedia (sv) 'Astoria, Budapest': 47°29′40″N 19°03′36″E (junction of Rákóczi út and the "
                  "Kiskörút)",
    "wp-opera": "Wikipedia (en) 'Opera metro station (Budapest)': 47°30′08″N 19°03′31″E (under Andrássy út)",
    "wp-keleti": "Wikipedia (en) 'Budapest Keleti station': 47°30′01″N 19°05′02″E (Baross tér, where Rákóczi út "
                 "ends)",
    "wp-corvin": "Wikipedia (en) 'Corvin-negyed metro station': 47°29′08″N 19°04′11″E, under the Üllői út – "
                 "Nagykörút junction; the Kilián barracks stands at this junction opposite the Corvin köz "
                 "(profilpelajar.com/hu 'Kilián laktanya')",
    "wp-forgach": "Wikipedia (en) 'Forgách utca metro station': 47°32′21″N 19°04′11″E, beneath Váci út",
    "wp-nagykorut": "Wikipedia (hu) 'Nagykörút': Teréz körút and Erzsébet körút were called Lenin körút "
                    "1950–1990; Szent István körút was earlier Lipót körút (hu.wikipedia.org 'Teréz körút' "
                    "redirect); Lipót körút became Szent István körút in 1937 (wmn.hu)",
    "wp-kiskorut": "Wikipedia (hu) 'Kiskörút (Budapest)', April 2007 dump (mirror.wmcloud.org): Vámház körút was "
                   "Tolbuhin körút from 1945 until the change of regime (1990); Károly körút 'formerly Tanács "
                   "körút' (no dates given)",
    "ilyenisvolt-muzeum": "ilyenisvoltbudapest.hu 'Múzeum körút': Múzeum körút from 1874 (Mehmed szultán út "
                          "1915–1918)",
    "andrassy-names": "Andrássy út: 1950–1956 Sztálin út, 1956–1957 Magyar Ifjúság útja, 1957–1990 "
                      "Népköztársaság útja (memim.com translation of de.wikipedia 'Andrássy út'); 'at the end of "
                      "1956 for a while Magyar Ifjúság útja' (nepszava.hu 'Régi idők pesti utcái')",
    "urbs-dozsa": "Fazekas Zsuzsanna, URBS XIV (2020), p. 175 (library.hungaricana.hu BFLV_urbs_14_2019): "
                  "'Aréna (később Dózsa György) út' as the parade route after 1945",
    "unverified-name": "1956 name taken equal to today's: no renaming between 1945 and 1990 was found in the "
                       "sources searched, but no source dating the name was found either (see README)",
    # Names of October 1956 with a dated source (replacing `unverified-name`)
    "blaha-name": "Blaha Lujza tér: named after the actress in 1920 (hu.wikipedia 'Blaha Lujza tér'); the "
                  "naming was published in the Fővárosi Közlöny on 23 Jan 1920 (welovebudapest.com 2020-01-20)",
    "deak-name": "Deák Ferenc tér: 'named Deák Ferenc tér in 1866 ... and has borne that name ever since' "
                 "(hu.wikipedia 'Deák Ferenc tér', quoted on utazzzblog.blogspot.com 2019-03-16)",
    "jaszai-name": "Jászai Mari tér: earlier Rudolf tér / Rudolf trónörökös tér, 'since 1950 ... called Jászai Mari "
                   "tér' (thatch.co 'Jászai Mari tér', local guide's text); 'the former Rudolf trónörökös – today "
                   "Jászai Mari – tér' (ntf.hu 2017-03-18)",
    "rakoczi-name": "Rákóczi út: the inner Kerepesi út was renamed Rákóczi út in 1906, when Rákóczi's remains were "
                    "brought home (en.wikipedia 'Rákóczi Avenue'; magyarnarancs.hu 'Kiváltságos elhelyezésénél "
                    "fogva')",
    "bajcsy-name": "Bajcsy-Zsilinszky út: called Vilmos császár út from 1914 'until 1945' (Váci körút 1919–1926), "
                   "then named after Endre Bajcsy-Zsilinszky, executed in 1944 (acsurgay.hu 'Helytörténet'; "
                   "en.wikipedia 'Bajcsy-Zsilinszky út')",
    "ulloi-1956": "Üllői út: name used in the diary a schoolboy, Csics Gyula, kept during the revolution "
                  "('a körút és az Üllői út kereszteződésénél', quoted in harcunk.info 'Ki kell mennem az "
                  "utcára' – the 1956 revolution in photographs)",
    "batthyany-name": "Batthyány tér: Felső vásártér (Oberer Markt) from 1695, Bomba tér from 1874, 'named after "
                      "the first constitutional prime minister in 1905' (pestbuda.hu 2022-09-05; welovebudapest.com "
                      "2024-03-26)",
    "szabadsag-ter-name": "Szabadság tér: Széchenyi sétatér from 1846, Szabadság tér 'from 1900', after the Újépület "
                          "was pulled down in 1898 (budapestcity.org 'Szabadság tér'; hu.wikipedia 'Szabadság tér "
                          "(Budapest)': established 1900; the US legation is at no. 12, titkosbudapest.hu)",
    "margit-korut": "Margit körút (Margit híd – Széna tér – Széll Kálmán tér): named Margit körút in 1894, "
                    "'renamed Mártírok útja in 1945, Margit körút again since 1992' (MTI photo caption, Nemzeti "
                    "Fotótár, 'Villamosvágány felújítás a Margit körúton', 23 Aug 1961; the same text on "
                    "budapestcity.org 'Margit körút'); 'in 1945 the körút was renamed Mártírok útja' "
                    "(jeltelenul.hu 'Budapest, II. Mártírok útja 85.')",
    "citadella": "Citadella: the fortress on the summit of Gellért-hegy, built 1851–1854, 220 m × 60 m, occupying "
                 "almost the whole 235 m summit plateau; occupied by Soviet troops in the 1956 revolution "
                 "(es./fr.knowledger.de translations of en.wikipedia 'Citadella'; varbarat.hu 'Citadella'). "
                 "Position: the summit coordinate of de.wikipedia 'Gellértberg', 47.4875, 19.045 "
                 "(de-academic.com mirror) — no coordinate of the fortress itself was found",
    # Added for the Kiskörút, the Radio and the party headquarters
    "fovam-dimitrov": "Fővám tér: Só tér, then Fővám tér from 1874 (after the Fővámház), 'between 1949 and 1991 "
                      "called Dimitrov tér', then Fővám tér again (wanderlog.com 'Fővám tér' history text; "
                      "life.hu 2023-05-19 on the Fővámház). The Kiskörút ends there at the Szabadság híd's Pest "
                      "bridgehead (wp-kiskorut; wp-szabadsag: the bridge runs 'between Gellért tér and Fővám "
                      "tér'). Position: the Pest end of the Szabadság híd as this layer builds it",
    "unverified-tanacs-korut": "Károly körút 'volt Tanács körút' (hu.wikipedia 'Kiskörút (Budapest)', April 2007 "
                               "dump, mirror.wmcloud.org); 'sometimes called Tanács körút' (de.zxc.wiki 'Kiskörút'). "
                               "No date of either renaming was found. The name is that of the council (tanács) "
                               "system, in place from 1950 to 30 Sep 1990 (vmhe.hu '70 éve volt a tanácsrendszer "
                               "kezdete'), so it was given in 1950 at the earliest; that it was borne in October "
                               "1956 and the end date 1990 are NOT verified (see README)",
    "brody-1956": "Bródy Sándor utca: the Radio's seat at Bródy Sándor utca 5–7 from 1928 (nepszava.hu 2024-10-21); "
                  "'ott a Bródy Sándor utcában' in 'A rádió ostroma – 1956 október 23' (Kossuth, 1957; doksi.hu); "
                  "hu.wikipedia 'A Magyar Rádió ostroma'. Course: from Múzeum körút (a point interpolated on its "
                  "sourced line) past the Radio's street front (the story's radio-building point, itself not "
                  "verified, 35 m south) — an estimate, ≲ 60 m",
    "akademia-1956": "Akadémia utca: Akadémia utca 17 was the headquarters of the Hungarian Workers' Party (MDP) "
                     "in 1956 (data/SOURCES.md, itthonrolhaza.hu); the street runs from Roosevelt tér north to "
                     "Kossuth Lajos tér (drawn straight between their sourced points)",
    "national-museum": "Magyar Nemzeti Múzeum, Múzeum körút 14–16, built 1837–1847 to Mihály Pollack's design "
                       "(bookinbudapest.com; budapest-travel-guide.info), 'between Astoria and Kálvin tér' "
                       "(hungarybudapestguide.com); the Radio (Bródy Sándor utca 5–7) lies 'behind the National "
                       "Museum' (fungarian.hu). No coordinate was found: the point is an estimate (see README)",
    # Bridges
    "wp-arpad": "Wikipedia (en) 'Árpád Bridge': 47°32′16″N 19°03′12″E; opened 7 Nov 1950 as Sztálin híd "
                "(budapest100.hu; vezess.hu 2010-11-05); 928 m without the approach ramps, 10 spans: Óbuda bank, "
                "Óbuda arm, Hajógyári island, 3 over the Buda main arm, 3 over the Pest main arm, Pest bank; 90 m "
                "structure on Margaret Island, which was lengthened by 130 m (vezess.hu)",
    "wp-margit": "Wikipedia (en) 'Margaret Bridge': 47°30′53″N 19°02′37″E; 637.5 m long, two arms meeting "
                 "over the southern tip of Margaret Island at an angle (wfrjr.com; en.cityzeum.com)",
    "wp-kossuth-hid": "Wikipedia (hu) 'Kossuth híd (Budapest)': 47°30′20″N 19°02′33″E, temporary bridge between "
                      "Kossuth tér and Batthyány tér, opened 15/18 Jan 1946, in use 1946–1956, demolished 1960; "
                      "355 m long (magyarnarancs.hu 'Kossuth híd emlékkő'; csepel.info; hu.wikipedia gives "
                      "400 m); Pest end on the line of Báthory utca at the south side of Kossuth tér, Buda end "
                      "half-way between Batthyány tér and Szilágyi Dezső tér (nol.hu archive 'A hídmúzeum "
                      "végnapjai'); closed to traffic in spring 1956, pedestrians for a while longer, a ferry "
                      "replaced it in April 1958 (nol.hu)",
    "wp-lanchid": "Wikipedia (hu) 'Széchenyi lánchíd': 47°29′56″N 19°02′37″E, 380 m, reopened 20 Nov 1949 "
                  "(wiki.privacytools.io mirror; pestbuda.hu 2019-11-16)",
    "wp-szabadsag": "Wikipedia (hu) 'Szabadság híd': 47°29′08″N 19°03′18″E, 333.6 m, between Gellért tér and "
                    "Fővám tér; reopened and renamed 20 Aug 1946 (hu.m.wikipedia.org; origo.hu 2025-10-04)",
    "wp-petofi": "Wikipedia (en) 'Petőfi Bridge': 47°28′44″N 19°03′48″E; 378 m (it.frwiki.wiki), 514 m with the "
                 "approaches; Horthy Miklós híd 1937–1945, reopened as Petőfi híd 22 Nov 1952 (Budapest City "
                 "Archives, Levéltári mozaikok 2023/13)",
    "wp-deli-vasuti": "Wikipedia (cs/fr) 'Déli összekötő vasúti híd': 47°28′06″N 19°04′02″E, 393 m (477 m with "
                      "approaches); built 1877, one track again 1946, second track 1953 (cs.wikipedia; "
                      "infostart.hu 2020-04-08)",
    "wp-ujpesti-vasuti": "Wikipedia (hu) 'Újpesti vasúti híd' (colloquially Északi összekötő vasúti híd): "
                         "47°33′47″N 19°04′03″E, 673.4 m, over Népsziget; river spans 7×92 m (644 m), "
                         "reopened 21 May 1955 (sulinet.hu Örökségtár 'Az Újpesti vasúti híd')",
    "erzsebet": "Erzsébet híd blown up 18 Jan 1945 (welovebudapest.com 2024-01-18; nlc.hu); ~8000 t of wreckage "
                "lifted from the river until 1958; rebuilt 1961–64 on the old piers and opened 21 Nov 1964 "
                "(MTI photos, nemzetiarchivum.hu; borsonline.hu 2025-11-21); old bridge 378.6 m, 290 m span "
                "(24.hu 2025-11-21); site = axis of today's bridge, Wikipedia (en) 'Elisabeth Bridge': "
                "47°29′27″N 19°02′57″E",
    "danube-centreline": "tools/basemap/danube_budapest.py (sourced Danube centreline of this project)",
    "wp-m0": "Wikipedia (de) 'Ferenc-Deák-Brücke' (M0 Danube bridge): 47°23′21″N 19°00′49″E (as in "
             "data/basemap/README.md)",
    # Islands, parks, hills, landmarks
    "wp-margitsziget": "Wikipedia (sv/en) 'Margitsziget': 2.5 km long, 0.5 km wide, 0.965 km²; centre "
                       "47°31′35″N 19°02′50″E (hu.frwiki.wiki); tips at Margit híd (south) and Árpád híd (north)",
    "wp-obudai-sziget": "Wikipedia (es) 'Isla de Óbuda': 47.550353, 19.05364; 108 ha, 2750 m long, at most 500 m "
                        "wide, separated from Buda by a 70–80 m wide arm; the Árpád híd crosses its southern "
                        "tip (piglix.com 'Hajógyári Island')",
    "wp-varosliget": "Wikipedia (cs/ru) 'Városliget': 47°30′53″N 19°05′02″E, 1.2 km² (cs.frwiki.wiki)",
    "wp-nepliget": "Wikipedia (ro/it/pl) 'Népliget': 47°28′41″N 19°06′25″E, 129 ha (pl: 'Park Ludowy')",
    "castle-hill": "Castle Hill (Várhegy) 47°29′46.3″N 19°02′22.4″E (triptipper.com); 'a kilometre-long limestone "
                   "plateau' (lonelyplanet.com 'Castle District')",
    "wp-nepstadion": "Wikipedia (de) 'Puskás Ferenc Stadion': 47°30′11″N 19°05′53″E; Népstadion, opened "
                     "20 Aug 1953 (ca.wikipedia), renamed Puskás Ferenc Stadion 2001/2002",
    "gellert-hill": "Gellért-hegy 235 m, Citadella on the top (wikisum.wiki 'Gellért Hill'; lonelyplanet.com)",
    "stalin-statue": "Stalin statue on Sztálin tér (Felvonulási tér) from 1951, pulled down on the evening of "
                     "23 Oct 1956 (hu.wikipedia 'Ötvenhatosok tere'; pestbuda.hu 2022-10-27)",
    # Districts
    "districts-1950": "Greater Budapest of 22 districts established 1 Jan 1950 (Wikipedia district articles, "
                      "'Established 1 January 1950'); during socialism districts were known only by their "
                      "Roman numerals (pestbuda.hu 2020-06-22); Soroksár belonged to district XX until 1994 "
                      "(1hungary.com 'XX. kerület')",
    "wp-districts": "District label positions from the Wikipedia district articles (coordinates as cited per "
                    "district in DISTRICTS)",
}

# --------------------------------------------------------------------------------------------
# Sourced points: id -> (lat, lon, source key).
# --------------------------------------------------------------------------------------------
P = {
    # Squares and junctions
    "cipok": (47.50389, 19.04472, "shoes"),
    "kossuth_ter": (47.50694, 19.04722, "wp-kossuth-ter"),
    "koztarsasag_ter": (47.49500, 19.07720, "wp-koztarsasag"),
    "oktogon": (47.50527, 19.06340, "wp-oktogon"),
    "szell": (47.50708, 19.02421, "wp-szell"),
    "szena_ter": (47.50791, 19.02868, "bkk-stops"),  # between its two stops; see README (wp-szena disagrees)
    "moricz": (47.47716, 19.04678, "wp-moricz"),
    "bem_ter": (47.51026, 19.03828, "bkk-stops"),
    "blaha": (47.49667, 19.07000, "wp-blaha"),
    "deak": (47.49750, 19.05500, "wp-deak"),
    "hosok": (47.51528, 19.07806, "wp-hosok"),
    "roosevelt": (47.49955, 19.04723, "roosevelt"),
    "clark": (47.49840, 19.04050, "wp-clark"),
    "batthyany": (47.50611, 19.03861, "wp-batthyany"),
    "marx_ter": (47.51056, 19.05556, "wp-nyugati"),
    "kalvin": (47.48969, 19.06182, "wp-kalvin"),
    "gellert_ter": (47.48389, 19.05333, "wp-gellert-ter"),
    "felszabadulas": (47.49307, 19.05599, "wp-ferenciek"),
    "szabadsag_ter": (47.50472, 19.05028, "wp-szabadsag-ter"),
    "jaszai": (47.51333, 19.04750, "wp-jaszai"),
    "sztalin_ter": (47.51140, 19.08140, "wp-felvonulasi"),
    "korond": (47.50971, 19.07003, "wp-korond"),
    "astoria": (47.49444, 19.06000, "wp-astoria"),
    "opera": (47.50220, 19.05860, "wp-opera"),
    "keleti": (47.50028, 19.08389, "wp-keleti"),
    "corvin": (47.48560, 19.06970, "wp-corvin"),
    "forgach": (47.53917, 19.06972, "wp-forgach"),
    "wesselenyi": (47.49986, 19.06916, "bkk-sql"),
    "dimitrov_ter": (47.48680, 19.05624, "fovam-dimitrov"),
    "brody_west": (47.49190, 19.06097, "brody-1956"),
    "brody_radio": (47.49180, 19.06270, "brody-1956"),
    "rakoczi_ter": (47.49239, 19.07100, "bkk-sql"),
    "deli_pu": (47.50060, 19.02458, "bkk-stops"),
    "krisztina_ter": (47.49695, 19.03339, "bkk-stops"),
    "margit_korut_tram": (47.51460, 19.03888, "bkk-stops"),
    "mechwart": (47.51135, 19.03229, "bkk-stops"),
    # Buda embankment (tram stops on the quay road, ~30-60 m from the water) and bridgeheads
    "margit_buda_stop": (47.51488, 19.03923, "bkk-stops"),
    "szilagyi_stop": (47.50334, 19.03844, "bkk-stops"),
    "halasz_stop": (47.50228, 19.03984, "bkk-stops"),
    "varkert_stop": (47.49316, 19.04440, "bkk-stops"),
    "dobrentei_stop": (47.49010, 19.04677, "bkk-stops"),
    "rudas_stop": (47.48954, 19.04762, "bkk-stops"),
    # Hills
    "sanc_stop": (47.49014, 19.03605, "bkk-stops"),
    "busulo_juhasz_stop": (47.48559, 19.03955, "bkk-stops"),
    "becsi_kapu": (47.50457, 19.03068, "bkk-stops"),
    "szentharomsag": (47.50132, 19.03376, "bkk-stops"),
    "disz_ter": (47.49936, 19.03603, "bkk-stops"),
    "castle": (47.49621, 19.03957, "castle-hill"),
    # Landmarks
    "parliament": (47.50694, 19.04556, "wp-parliament"),
    "nepstadion": (47.50308, 19.09819, "wp-nepstadion"),
    "citadella": (47.48750, 19.04500, "citadella"),
    "national_museum": (47.49115, 19.06200, "national-museum"),
    # Parks and islands
    "varosliget": (47.51472, 19.08389, "wp-varosliget"),
    "nepliget": (47.47806, 19.10694, "wp-nepliget"),
    "margitsziget_c": (47.52639, 19.04722, "wp-margitsziget"),
    "obudai_sziget_c": (47.55035, 19.05364, "wp-obudai-sziget"),
    # Danube: bridge midpoints (same values as tools/basemap/danube_budapest.py where shared)
    "arpad_mid": (47.53778, 19.05333, "wp-arpad"),
    "margit_mid": (47.51472, 19.04361, "wp-margit"),
    "kossuth_hid_mid": (47.50556, 19.04250, "wp-kossuth-hid"),
    "lanchid_mid": (47.49889, 19.04361, "wp-lanchid"),
    "erzsebet_mid": (47.49083, 19.04917, "erzsebet"),
    "szabadsag_mid": (47.48556, 19.05500, "wp-szabadsag"),
    "petofi_mid": (47.47889, 19.06333, "wp-petofi"),
    "deli_vasuti_mid": (47.46833, 19.06722, "wp-deli-vasuti"),
    "ujpesti_vasuti_mid": (47.56306, 19.06750, "wp-ujpesti-vasuti"),
    "m0_mid": (47.38917, 19.01361, "wp-m0"),
}

# Point between Batthyány tér and Szilágyi Dezső tér where the Kossuth híd landed in Buda.
KOSSUTH_BUDA_LANDING = ("batthyany", "szilagyi_stop")

# --------------------------------------------------------------------------------------------
# Bridges standing in October 1956. Geometry: a straight line of `length_m` through the sourced
# midpoint, pointing at `toward` (a sourced point on the Pest side, or on the Buda side when the
# value starts with "-"), or perpendicular to the Danube centreline (`toward` None). Margit híd
# is two arms from its junction over the island tip toward its two bridgeheads.
# `bank_m`: distance from the midpoint to each river bank along the bridge (None = the ends).
# --------------------------------------------------------------------------------------------
BRIDGES = [
    dict(id="arpad_hid", mid="arpad_mid", length_m=928.0, toward=None, bank_m=371.0, min_zoom=11,
         name_1956="Sztálin híd", name_today="Árpád híd",
         names=[("Sztálin híd", "1950-11-07", "1956-10-26", "wp-arpad"),
                ("Árpád híd", "1956-10-26", None, "bfl-1957")],
         note="Renamed Árpád híd by the City Council on 26 Oct 1956 (en.wikipedia says 1958). "
              "bank_m: 928 m over 10 spans, one land span (~93 m) at each end."),
    dict(id="margit_hid", mid="margit_mid", arms=(("margit_buda_stop", 318.75), ("jaszai", 318.75)),
         min_zoom=11, name_1956="Margit híd", name_today="Margit híd",
         names=[("Margit híd", "1876", None, "wp-margit")], note=""),
    dict(id="kossuth_hid", mid="kossuth_hid_mid", length_m=355.0, toward="-kossuth_buda_landing",
         bank_m=None, min_zoom=12, name_1956="Kossuth híd", name_today="(demolished 1960)",
         names=[("Kossuth híd", "1946-01-15", "1960", "wp-kossuth-hid")],
         note="Temporary bridge of 1946; closed to vehicles in spring 1956, open to pedestrians in "
              "October 1956; demolished 1960."),
    dict(id="lanchid", mid="lanchid_mid", length_m=380.0, toward="roosevelt", bank_m=None, min_zoom=11,
         name_1956="Széchenyi lánchíd", name_today="Széchenyi lánchíd",
         names=[("Széchenyi lánchíd", None, None, "wp-lanchid")],
         note="Reopened on 20 Nov 1949 after its destruction in January 1945."),
    dict(id="szabadsag_hid", mid="szabadsag_mid", length_m=333.6, toward="-gellert_ter", bank_m=None,
         min_zoom=11, name_1956="Szabadság híd", name_today="Szabadság híd",
         names=[("Ferenc József híd", "1896-10-04", "1946-08-20", "wp-szabadsag"),
                ("Szabadság híd", "1946-08-20", None, "wp-szabadsag")], note=""),
    dict(id="petofi_hid", mid="petofi_mid", length_m=378.0, toward=None, bank_m=None, min_zoom=11,
         name_1956="Petőfi híd", name_today="Petőfi híd",
         names=[("Horthy Miklós híd", "1937", "1945", "wp-petofi"),
                ("Petőfi híd", "1952-11-22", None, "wp-petofi")], note=""),
    dict(id="deli_vasuti_hid", mid="deli_vasuti_mid", length_m=393.0, toward=None, bank_m=None, min_zoom=12,
         name_1956="Összekötő vasúti híd", name_today="Déli összekötő vasúti híd",
         names=[("Összekötő vasúti híd", "1877", None, "wp-deli-vasuti")],
         note="Railway bridge (southern); second track reopened 1953."),
    dict(id="ujpesti_vasuti_hid", mid="ujpesti_vasuti_mid", length_m=644.0, toward=None, bank_m=None,
         min_zoom=12, name_1956="Újpesti vasúti híd", name_today="Újpesti vasúti híd",
         names=[("Újpesti vasúti híd", "1896", None, "wp-ujpesti-vasuti")],
         note="Railway bridge (northern, also called Északi összekötő vasúti híd); rebuilt and reopened "
              "21 May 1955. Line = the 7 river spans (644 m); Népsziget and the harbour arm are not drawn."),
]

# The Erzsébet híd did not stand in 1956: a note point, never a bridge.
NOTES = [
    dict(id="erzsebet_hid_site", at="erzsebet_mid", min_zoom=12,
         name_1956="Erzsébet híd (romokban)", name_today="Erzsébet híd",
         names=[("Erzsébet híd (romokban)", "1945-01-18", "1964-11-21", "erzsebet")],
         text="No bridge here in 1956: the Erzsébet híd was blown up on 18 January 1945 and its wreck lay "
              "in the river (lifted by 1958); the new bridge opened on 21 November 1964. Between 1946 and "
              "1956 the temporary Kossuth híd, from Buda by Batthyány tér to the Parliament's south end, "
              "served instead.",
         text_hu="1956-ban itt nem állt híd: az Erzsébet hidat 1945. január 18-án felrobbantották, roncsa "
                 "a mederben feküdt (1958-ra kiemelték); az új híd 1964. november 21-én nyílt meg. 1946 és "
                 "1956 között a budai Batthyány tér mellől az Országház déli végéhez vezető ideiglenes "
                 "Kossuth híd pótolta."),
]

# Extra bank points (besides bridge abutments): (side, point id, metres moved toward the river).
# The Buda quay tram stops stand on the embankment road, about 30-60 m inland of the water line,
# so they are moved 40 m toward the river; the Shoes memorial stands at the water's edge.
BANK_POINTS = [
    ("east", "cipok", 0.0), ("west", "halasz_stop", 40.0),
    ("west", "varkert_stop", 40.0), ("west", "dobrentei_stop", 40.0), ("west", "rudas_stop", 40.0),
]

# Cross-sections of the river where no bridge stood in 1956: (midpoint id, half-width m each side,
# perpendicular to the centreline). The 1903 Erzsébet híd spanned the river in one 290 m span
# between pylons standing on the two banks.
BANK_SECTIONS = [("erzsebet_mid", 145.0)]

# Danube reaches without a sourced width: half-width (m) assumed on each side of the centreline.
ASSUMED_HALF_WIDTH_M = {"north": 300.0, "main_branch": 190.0, "rackeve_branch": 60.0}
# Csepel-sziget northern tip (danube_budapest.MAIN[-1], an estimate) and the branch ends.
CSEPEL_TIP = (47.45700, 19.07400, "danube-centreline")
MAIN_BRANCH_SOUTH = "m0_mid"
RACKEVE_GUBACS = (47.43611, 19.08889, "danube-centreline")
RACKEVE_SOUTH = (47.40000, 19.09400, "danube-centreline")

# --------------------------------------------------------------------------------------------
# Squares (Point). names: (name, from, to, source).
# --------------------------------------------------------------------------------------------
SQUARES = [
    ("kossuth_ter", 12, "Kossuth Lajos tér", "Kossuth Lajos tér", [("Kossuth Lajos tér", "1927", None, "wp-kossuth-ter")]),
    ("koztarsasag_ter", 12, "Köztársaság tér", "II. János Pál pápa tér",
     [("Köztársaság tér", "1946", "2011", "wp-koztarsasag"), ("II. János Pál pápa tér", "2011", None, "wp-koztarsasag")]),
    ("oktogon", 12, "November 7. tér", "Oktogon",
     [("November 7. tér", "1950", "1990", "wp-oktogon"), ("Oktogon", "1990", None, "wp-oktogon")]),
    ("szell", 12, "Moszkva tér", "Széll Kálmán tér",
     [("Moszkva tér", "1951", "2011", "wp-szell"), ("Széll Kálmán tér", "2011", None, "wp-szell")]),
    ("szena_ter", 13, "Széna tér", "Széna tér", [("Széna tér", "1879", None, "wp-szena")]),
    ("moricz", 12, "Móricz Zsigmond körtér", "Móricz Zsigmond körtér", [("Móricz Zsigmond körtér", "1945", None, "wp-moricz")]),
    ("bem_ter", 13, "Bem József tér", "Bem József tér", [("Bem József tér", "1950", None, "polish-monuments")]),
    ("blaha", 12, "Blaha Lujza tér", "Blaha Lujza tér", [("Blaha Lujza tér", "1920-01-23", None, "blaha-name")]),
    ("deak", 12, "Deák Ferenc tér", "Deák Ferenc tér", [("Deák Ferenc tér", "1866", None, "deak-name")]),
    ("hosok", 12, "Hősök tere", "Hősök tere", [("Hősök tere", "1929", None, "wp-hosok")]),
    ("roosevelt", 13, "Roosevelt tér", "Széchenyi István tér",
     [("Roosevelt tér", "1947", "2011", "roosevelt"), ("Széchenyi István tér", "2011", None, "roosevelt")]),
    ("clark", 13, "Clark Ádám tér", "Clark Ádám tér", [("Clark Ádám tér", "1912", None, "wp-clark")]),
    ("batthyany", 13, "Batthyány tér", "Batthyány tér", [("Batthyány tér", "1905", None, "batthyany-name")]),
    ("marx_ter", 12, "Marx tér", "Nyugati tér", [("Marx tér", "1945", "1992", "wp-nyugati"), ("Nyugati tér", "1992", None, "wp-nyugati")]),
    ("kalvin", 13, "Kálvin tér", "Kálvin tér", [("Kálvin tér", "1953", None, "wp-kalvin")]),
    ("gellert_ter", 13, "Szent Gellért tér", "Szent Gellért tér", [("Szent Gellért tér", "1920", None, "wp-gellert-ter")]),
    ("felszabadulas", 13, "Felszabadulás tér", "Ferenciek tere",
     [("Felszabadulás tér", "1953", "1991", "wp-ferenciek"), ("Ferenciek tere", "1991", None, "wp-ferenciek")]),
    ("szabadsag_ter", 13, "Szabadság tér", "Szabadság tér", [("Szabadság tér", "1900", None, "szabadsag-ter-name")]),
    ("jaszai", 14, "Jászai Mari tér", "Jászai Mari tér", [("Jászai Mari tér", "1950", None, "jaszai-name")]),
    ("sztalin_ter", 12, "Sztálin tér", "Ötvenhatosok tere",
     [("Sztálin tér", "1951", "1956-10-26", "pestbuda-felvonulasi"), ("Felvonulási tér", "1956-10-26", None, "pestbuda-felvonulasi")]),
    ("korond", 14, "Körönd", "Kodály körönd", [("Körönd", "1945", "1971", "wp-korond"), ("Kodály körönd", "1971", None, "wp-korond")]),
    ("dimitrov_ter", 13, "Dimitrov tér", "Fővám tér",
     [("Fővám tér", "1874", "1949", "fovam-dimitrov"), ("Dimitrov tér", "1949", "1991", "fovam-dimitrov"),
      ("Fővám tér", "1991", None, "fovam-dimitrov")]),
]

# --------------------------------------------------------------------------------------------
# Streets (LineString through sourced nodes; straight between nodes).
# (id, nodes, rank, min_zoom, name_1956, name_today, names)
# "@bridge_id:pest" / "@bridge_id:buda" = a bridge end computed by build.py.
# --------------------------------------------------------------------------------------------
STREETS = [
    ("szent_istvan_korut", ["jaszai", "marx_ter"], "major", 12, "Szent István körút", "Szent István körút",
     [("Szent István körút", "1937", None, "wp-nagykorut")]),
    ("lenin_korut", ["marx_ter", "oktogon", "wesselenyi", "blaha"], "major", 11, "Lenin körút",
     "Teréz körút / Erzsébet körút", [("Lenin körút", "1950", "1990", "wp-nagykorut")]),
    ("jozsef_korut", ["blaha", "rakoczi_ter", "corvin"], "major", 11, "József körút", "József körút",
     [("József körút", None, None, "wp-nagykorut")]),
    ("ferenc_korut", ["corvin", "@petofi_hid:pest"], "major", 11, "Ferenc körút", "Ferenc körút",
     [("Ferenc körút", None, None, "wp-nagykorut")]),
    ("tanacs_korut", ["deak", "astoria"], "major", 12, "Tanács körút", "Károly körút",
     [("Tanács körút", None, "1990", "unverified-tanacs-korut"), ("Károly körút", "1990", None, "unverified-tanacs-korut")]),
    ("muzeum_korut", ["astoria", "kalvin"], "major", 12, "Múzeum körút", "Múzeum körút",
     [("Múzeum körút", "1918", None, "ilyenisvolt-muzeum")]),
    ("tolbuhin_korut", ["kalvin", "dimitrov_ter"], "major", 12, "Tolbuhin körút", "Vámház körút",
     [("Tolbuhin körút", "1945", "1990", "wp-kiskorut"), ("Vámház körút", "1990", None, "wp-kiskorut")]),
    ("sztalin_ut", ["deak", "opera", "oktogon", "korond", "hosok"], "major", 11, "Sztálin út", "Andrássy út",
     [("Sztálin út", "1950", "1956", "andrassy-names"), ("Magyar Ifjúság útja", "1956", "1957-06-07", "andrassy-names"),
      ("Népköztársaság útja", "1957-06-07", "1990", "bfl-1957"), ("Andrássy út", "1990", None, "andrassy-names")]),
    ("rakoczi_ut", ["astoria", "blaha", "keleti"], "major", 11, "Rákóczi út", "Rákóczi út",
     [("Rákóczi út", "1906", None, "rakoczi-name")]),
    ("ulloi_ut", ["kalvin", "corvin"], "major", 11, "Üllői út", "Üllői út",
     [("Üllői út", None, None, "ulloi-1956")]),
    ("kossuth_lajos_utca", ["astoria", "felszabadulas"], "major", 12, "Kossuth Lajos utca", "Kossuth Lajos utca",
     [("Kossuth Lajos utca", None, None, "unverified-name")]),
    ("bajcsy_zsilinszky_ut", ["deak", "marx_ter"], "major", 12, "Bajcsy-Zsilinszky út", "Bajcsy-Zsilinszky út",
     [("Bajcsy-Zsilinszky út", "1945", None, "bajcsy-name")]),
    ("vaci_ut", ["marx_ter", "forgach"], "major", 12, "Váci út", "Váci út",
     [("Váci út", None, None, "unverified-name")]),
    ("dozsa_gyorgy_ut", ["hosok", "sztalin_ter", "keleti"], "major", 12, "Dózsa György út", "Dózsa György út",
     [("Dózsa György út", None, None, "urbs-dozsa")]),
    ("akademia_utca", ["roosevelt", "kossuth_ter"], "minor", 13, "Akadémia utca", "Akadémia utca",
     [("Akadémia utca", None, None, "akademia-1956")]),
    ("brody_sandor_utca", ["brody_west", "brody_radio"], "minor", 13, "Bródy Sándor utca", "Bródy Sándor utca",
     [("Bródy Sándor utca", None, None, "brody-1956")]),
    ("bartok_bela_ut", ["gellert_ter", "moricz"], "major", 12, "Bartók Béla út", "Bartók Béla út",
     [("Bartók Béla út", None, None, "unverified-name")]),
    ("krisztina_korut", ["szell", "deli_pu", "krisztina_ter"], "minor", 13, "Krisztina körút", "Krisztina körút",
     [("Krisztina körút", None, None, "unverified-name")]),
    ("margit_korut", ["@margit_hid:buda", "margit_korut_tram", "mechwart", "szena_ter", "szell"], "major", 12,
     "Mártírok útja", "Margit körút",
     [("Margit körút", "1894", "1945", "margit-korut"), ("Mártírok útja", "1945", "1992", "margit-korut"),
      ("Margit körút", "1992", None, "margit-korut")]),
]

# --------------------------------------------------------------------------------------------
# Landmarks (Point) and parks/hills (Polygon).
# --------------------------------------------------------------------------------------------
LANDMARKS = [
    ("parliament", "parliament", 12, "Országház", "Országház", [("Országház", None, None, "wp-parliament")]),
    ("nepstadion", "nepstadion", 12, "Népstadion", "Puskás Ferenc Stadion (rebuilt 2019)",
     [("Népstadion", "1953-08-20", "2001", "wp-nepstadion")]),
    ("stalin_monument", "sztalin_ter", 12, "Sztálin-szobor", "Ötvenhatosok tere (1956-os emlékmű)",
     [("Sztálin-szobor", "1951", "1956-10-23", "stalin-statue")]),
    ("castle", "castle", 12, "Budai Vár", "Budai Vár", [("Budai Vár", None, None, "castle-hill")]),
    ("citadella", "citadella", 12, "Citadella", "Citadella", [("Citadella", "1854", None, "citadella")]),
    ("national_museum", "national_museum", 13, "Nemzeti Múzeum", "Magyar Nemzeti Múzeum",
     [("Nemzeti Múzeum", "1847", None, "national-museum")]),
]

# Parks: "disc" = circle of the sourced area around the sourced centre; "buffer" = band of the
# given half-width around sourced points; "ring" = polygon through sourced points.
PARKS = [
    dict(id="varosliget", shape="disc", at="varosliget", area_km2=1.2, cut_by=["hosok", "sztalin_ter", "keleti"],
         min_zoom=11,
         name_1956="Városliget", name_today="Városliget", src="wp-varosliget"),
    dict(id="nepliget", shape="disc", at="nepliget", area_km2=1.29, min_zoom=12,
         name_1956="Népliget", name_today="Népliget", src="wp-nepliget"),
    dict(id="varhegy", shape="buffer", points=["becsi_kapu", "szentharomsag", "disz_ter", "castle"],
         half_width_m=120.0, min_zoom=12, name_1956="Várhegy", name_today="Várhegy", src="castle-hill"),
    dict(id="gellert_hegy", shape="ring", points=["sanc_stop", "dobrentei_stop", "gellert_ter", "busulo_juhasz_stop"],
         min_zoom=12, name_1956="Gellért-hegy", name_today="Gellért-hegy", src="gellert-hill"),
    dict(id="margitsziget_park", shape="island", island="margitsziget", inset_m=25.0, min_zoom=12,
         name_1956="Margitsziget", name_today="Margitsziget", src="wp-margitsziget"),
]

# Islands: lens-shaped along a straight axis; the lens exponent is fitted to the sourced area.
# Margitsziget: axis between its bridges (its sourced centre lies ~100 m west of that axis, inside
# the island). Hajógyári-sziget: axis from its tip on the Árpád híd through its sourced centre.
# Banks beside the islands (bank_t = positions along the axis): island edge + arm width; arm_m
# 75 m for the Óbuda arm is sourced ("70-80 m"), the 150 m arms beside Margitsziget are ASSUMED.
ISLANDS = [
    dict(id="margitsziget", south="margit_mid", north="arpad_mid", centre="margitsziget_c",
         width_m=500.0, area_km2=0.965, arm_m=150.0, east_arm_m=150.0, bank_t=(0.3, 0.5, 0.7), min_zoom=11, name_1956="Margitsziget", name_today="Margitsziget",
         src="wp-margitsziget"),
    dict(id="obudai_sziget", length_m=2750.0, centre="obudai_sziget_c", width_m=500.0, area_km2=1.08,
         arm_m=75.0, bank_t=(0.04, 0.1, 0.25, 0.5, 0.75, 0.9), north_cap=True, min_zoom=12, name_1956="Hajógyári-sziget", name_today="Óbudai-sziget (Hajógyári-sziget)",
         src="wp-obudai-sziget"),
]
# The Óbudai-sziget's south tip: on the Árpád híd, this far west of its midpoint (3 Buda main-arm
# spans of ~93 m plus half the island span, from the span list in wp-arpad).
OBUDAI_TIP_ON_ARPAD_M = 330.0

# --------------------------------------------------------------------------------------------
# The 22 districts of Greater Budapest (1950-1994). (numeral, lat, lon, source, today's name)
# --------------------------------------------------------------------------------------------
DISTRICTS = [
    ("I", 47.49621, 19.03957, "castle-hill", "Budavár"),
    ("II", 47.52222, 19.02361, "Wikipedia (en) '2nd district of Budapest': 47°31′20″N 19°01′25″E", ""),
    ("III", 47.56995, 19.03356, "Wikipedia (de) 'III. Budapester Bezirk': 47°34′11.8″N 19°2′0.8″E (tripomatic.com)", "Óbuda-Békásmegyer"),
    ("IV", 47.56700, 19.08300, "Wikipedia (en) 'Újpest': 47°34′N 19°05′E", "Újpest"),
    ("V", 47.50472, 19.05028, "wp-szabadsag-ter (Szabadság tér, in district V)", "Belváros-Lipótváros"),
    ("VI", 47.50220, 19.05860, "wp-opera (Opera station on Andrássy út, in district VI)", "Terézváros"),
    ("VII", 47.50056, 19.06873, "Wikipedia (en) 'Erzsébetváros': 47°30′2″N 19°4′7.41″E (de.wikibrief.org)", "Erzsébetváros"),
    ("VIII", 47.49500, 19.07720, "wp-koztarsasag (Köztársaság tér, in district VIII)", "Józsefváros"),
    ("IX", 47.46667, 19.08333, "Wikipedia (ro) 'Sectorul al IX-lea din Budapesta': 47°28′N 19°05′E", "Ferencváros"),
    ("X", 47.46667, 19.15000, "Wikipedia (de) 'X. Budapester Bezirk': 47°28′N 19°9′E", "Kőbánya"),
    ("XI", 47.47500, 19.04000, "Wikipedia (en) 'Újbuda': 47°28′30″N 19°02′24″E", "Újbuda"),
    ("XII", 47.50000, 19.00000, "Wikipedia (en) 'Hegyvidék': 47.5°N 19°E", "Hegyvidék"),
    ("XIII", 47.53640, 19.07190, "Wikipedia (es) 'Distrito 13 de Budapest': 47°32′11″N 19°04′19″E", ""),
    ("XIV", 47.51700, 19.11700, "Wikipedia (en) 'Zugló': 47°31′N 19°07′E", "Zugló"),
    ("XV", 47.56222, 19.13222, "Wikipedia (en) '15th district of Budapest': 47°33′44″N 19°07′56″E", "Rákospalota-Pestújhely-Újpalota"),
    ("XVI", 47.51830, 19.17140, "aroundus.com 'XVI. kerület' (Wikidata-derived): 47.51830, 19.17140", ""),
    ("XVII", 47.48028, 19.26667, "Wikipedia (de) 'XVII. Budapester Bezirk': 47°29′N 19°16′E", "Rákosmente"),
    ("XVIII", 47.43300, 19.20000, "Wikipedia (en) 'Pestszentlőrinc': 47°26′N 19°12′E", "Pestszentlőrinc-Pestszentimre"),
    ("XIX", 47.45000, 19.13300, "Wikipedia (en) 'Kispest': 47°27′N 19°08′E", "Kispest"),
    ("XX", 47.43300, 19.11700, "Wikipedia (en) 'Pesterzsébet': 47°26′N 19°07′E", "Pesterzsébet (with Soroksár until 1994)"),
    ("XXI", 47.41700, 19.08300, "Wikipedia (en) 'Csepel': 47°25′N 19°05′E", "Csepel"),
    ("XXII", 47.42500, 19.03170, "Wikipedia (en) 'Budafok-Tétény': 47°25′30″N 19°01′54″E", "Budafok-Tétény"),
]
