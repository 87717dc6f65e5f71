#!/usr/bin/env python3
"""Development tool: draws the demo's rider photos (content/media/riders/*.jpg).

Needs Pillow and piexif (pip install Pillow piexif); never needed at run time
or by `make test`. Each photo is a simple illustration of a delivery rider
(made up, like the demo's people), 600×800, under 60 KB. One of them is stored
the way phones store portrait shots: landscape pixels with EXIF orientation 6
and GPS coordinates, so the demo shows the location note and the cleaning.
"""
import io, os
import piexif
from PIL import Image, ImageDraw, ImageFilter

OUT = os.path.join(os.path.dirname(__file__), "..", "content", "media", "riders")

RIDERS = [
    # file, sky, jacket, helmet, skin, background buildings
    ("tian-fu", (168, 206, 235), (230, 170, 30), (220, 40, 40), (238, 196, 160), (120, 140, 160)),
    ("chen-min", (250, 214, 180), (40, 120, 200), (250, 210, 40), (230, 185, 150), (170, 120, 110)),
    ("li-chunyan", (200, 228, 210), (220, 60, 60), (255, 255, 255), (240, 200, 170), (90, 140, 110)),
    ("wang-zhenhua", (120, 140, 170), (250, 190, 40), (40, 90, 180), (215, 170, 130), (70, 80, 100)),
]

def draw_rider(sky, jacket, helmet, skin, city, w=600, h=800):
    im = Image.new("RGB", (w, h), sky)
    d = ImageDraw.Draw(im)
    for y in range(h // 2):  # soft sky gradient
        t = y / (h / 2)
        d.line([(0, y), (w, y)], fill=tuple(int(c * (1 - .25 * t) + 255 * .25 * t) for c in sky))
    for i, (x, bh) in enumerate([(0, 260), (90, 330), (170, 230), (260, 380), (380, 290), (470, 340), (540, 250)]):
        d.rectangle([x, h // 2 - bh + 120, x + 80, h // 2 + 140], fill=tuple(max(0, c - 10 * (i % 3)) for c in city))
        for wy in range(h // 2 - bh + 140, h // 2 + 120, 36):
            for wx in range(x + 12, x + 70, 22):
                d.rectangle([wx, wy, wx + 10, wy + 16], fill=(250, 240, 200) if (wx + wy) % 3 else (200, 210, 220))
    d.rectangle([0, h // 2 + 140, w, h], fill=(110, 110, 115))            # street
    for x in range(0, w, 90):
        d.rectangle([x + 10, h - 150, x + 60, h - 140], fill=(240, 240, 240))
    cx = w // 2
    d.rounded_rectangle([cx - 150, 430, cx + 150, 800], 60, fill=jacket)  # jacket
    d.rectangle([cx - 150, 560, cx + 150, 580], fill=(245, 245, 245))     # reflective stripe
    d.polygon([(cx - 40, 430), (cx + 40, 430), (cx, 500)], fill=(245, 245, 245))  # collar
    d.rounded_rectangle([cx - 45, 380, cx + 45, 450], 20, fill=skin)       # neck
    d.ellipse([cx - 95, 200, cx + 95, 420], fill=skin)                     # face
    d.chord([cx - 115, 150, cx + 115, 360], 180, 360, fill=helmet)        # helmet
    d.rectangle([cx - 120, 250, cx + 120, 268], fill=tuple(max(0, c - 40) for c in helmet))
    d.ellipse([cx - 50, 300, cx - 26, 324], fill=(50, 40, 35))             # eyes
    d.ellipse([cx + 26, 300, cx + 50, 324], fill=(50, 40, 35))
    d.arc([cx - 40, 330, cx + 40, 380], 20, 160, fill=(170, 70, 60), width=6)  # smile
    d.rounded_rectangle([cx + 160, 520, cx + 290, 650], 12, fill=(40, 150, 210))  # delivery box
    d.rectangle([cx + 160, 570, cx + 290, 584], fill=(250, 250, 250))
    return im.filter(ImageFilter.SMOOTH)

def gps_exif():
    return piexif.dump({
        "0th": {piexif.ImageIFD.Make: b"DemoPhone", piexif.ImageIFD.Model: b"DP-1", piexif.ImageIFD.Orientation: 6},
        "Exif": {piexif.ExifIFD.DateTimeOriginal: b"2025:05:20 18:02:11", piexif.ExifIFD.BodySerialNumber: b"DP1-0042"},
        "GPS": {piexif.GPSIFD.GPSVersionID: (2, 3, 0, 0), piexif.GPSIFD.GPSLatitudeRef: b"N",
                piexif.GPSIFD.GPSLatitude: ((22, 1), (31, 1), (4000, 100)),
                piexif.GPSIFD.GPSLongitudeRef: b"E", piexif.GPSIFD.GPSLongitude: ((114, 1), (3, 1), (2000, 100))},
    })

def save(im, path, exif=None):
    for q in (82, 76, 70, 64, 58):
        b = io.BytesIO()
        im.save(b, "JPEG", quality=q, optimize=True, progressive=True, **({"exif": exif} if exif else {}))
        if b.tell() < 60_000:
            break
    open(path, "wb").write(b.getvalue())
    return b.tell()

def main():
    os.makedirs(OUT, exist_ok=True)
    for name, *colors in RIDERS:
        im = draw_rider(*colors)
        exif = None
        if name == "wang-zhenhua":
            # as a phone stores a portrait shot: pixels turned 90° to the left, orientation 6 turns them back
            im = im.transpose(Image.Transpose.ROTATE_90)
            exif = gps_exif()
        size = save(im, os.path.join(OUT, name + ".jpg"), exif)
        print(f"{name}.jpg {im.size[0]}×{im.size[1]} {size} bytes")

main()
