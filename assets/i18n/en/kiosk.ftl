# Museum and classroom mode (--kiosk): the bar over the map and the tour's caption.

kiosk-tour-playing = Guided tour · touch the screen to explore on your own
kiosk-tour-paused = Tour paused · it starts again after { $seconds } seconds without a touch
kiosk-continue = ▶ Continue the tour
kiosk-stop-count = Stop { $number } of { $count }
