# Múzeumi és tantermi mód (--kiosk): a sáv a térkép fölött és a bemutató felirata.

kiosk-tour-playing = Bemutató · érintse meg a képernyőt, és fedezze fel saját maga
kiosk-tour-paused = A bemutató szünetel · { $seconds } másodperc érintés nélkül újraindul
kiosk-continue = ▶ A bemutató folytatása
kiosk-stop-count = Állomás: { $number }/{ $count }
