#!/usr/bin/env python3
"""Development tool: writes the image fixtures of Tests/MediaTests/Fixtures.

Needs Pillow and piexif (pip install Pillow piexif); never needed by `make test`.
The fixtures are committed; rerun only to change them.
"""
import io, os, sys
import piexif
from PIL import Image, ImageDraw, ImageCms

OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "MediaTests", "Fixtures")

def picture(w, h):
    """A small illustration: sky, ground, a sun, a road (not noise)."""
    im = Image.new("RGB", (w, h), (150, 200, 240))
    d = ImageDraw.Draw(im)
    d.rectangle([0, h * 2 // 3, w, h], fill=(90, 160, 90))
    d.ellipse([w * 3 // 4 - 6, 4, w * 3 // 4 + 6, 16], fill=(250, 210, 60))
    d.polygon([(w // 2 - 4, h * 2 // 3), (w // 2 + 4, h * 2 // 3), (w // 2 + 14, h), (w // 2 - 14, h)], fill=(80, 80, 80))
    return im

def thumbnail_jpeg():
    b = io.BytesIO()
    picture(16, 12).save(b, "JPEG", quality=60)
    return b.getvalue()

def exif_bytes(orientation=6, gps=True, maker=True, serial=True, thumb=True):
    zeroth = {piexif.ImageIFD.Make: b"HonorCam", piexif.ImageIFD.Model: b"Phone X1", piexif.ImageIFD.Software: b"fixture"}
    if orientation:
        zeroth[piexif.ImageIFD.Orientation] = orientation
    exif = {piexif.ExifIFD.DateTimeOriginal: b"2024:06:01 09:30:00"}
    if maker:
        exif[piexif.ExifIFD.MakerNote] = b"HONORCAM\x00\x01secret-maker-data"
    if serial:
        exif[piexif.ExifIFD.BodySerialNumber] = b"SN-12345678"
        exif[piexif.ExifIFD.LensSerialNumber] = b"LENS-42"
    gpsd = {}
    if gps:
        gpsd = {piexif.GPSIFD.GPSVersionID: (2, 3, 0, 0), piexif.GPSIFD.GPSLatitudeRef: b"N",
                piexif.GPSIFD.GPSLatitude: ((22, 1), (32, 1), (1234, 100)),
                piexif.GPSIFD.GPSLongitudeRef: b"E", piexif.GPSIFD.GPSLongitude: ((114, 1), (3, 1), (5678, 100))}
    d = {"0th": zeroth, "Exif": exif, "GPS": gpsd, "1st": {}, "thumbnail": None}
    if thumb:
        d["1st"] = {piexif.ImageIFD.JPEGInterchangeFormat: 0, piexif.ImageIFD.JPEGInterchangeFormatLength: 0}
        d["thumbnail"] = thumbnail_jpeg()
    return piexif.dump(d)

XMP = (b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
       b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
       b'xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="22,32.2N" exif:GPSLongitude="114,3.9E"/>'
       b'</rdf:RDF></x:xmpmeta><?xpacket end="w"?>')

def srgb():
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()

def segment(marker, payload):
    return bytes([0xFF, marker]) + (len(payload) + 2).to_bytes(2, "big") + payload

def main():
    os.makedirs(OUT, exist_ok=True)
    # 64×48 stored, orientation 6 (shown 48×64): GPS, maker note, serials, thumbnail, XMP with GPS, a comment, ICC.
    b = io.BytesIO()
    picture(64, 48).save(b, "JPEG", quality=80, exif=exif_bytes(), icc_profile=srgb(), comment=b"taken at home")
    data = b.getvalue()
    xmp = segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + XMP)
    data = data[:2] + xmp + data[2:]          # XMP right after SOI
    open(os.path.join(OUT, "phone-gps-orientation6.jpg"), "wb").write(data)
    # A clean progressive JPEG (no metadata at all).
    b = io.BytesIO()
    picture(40, 30).save(b, "JPEG", quality=75, progressive=True)
    open(os.path.join(OUT, "clean-progressive.jpg"), "wb").write(b.getvalue())
    # Orientation only (nothing to remove).
    b = io.BytesIO()
    picture(40, 30).save(b, "JPEG", quality=75, exif=piexif.dump({"0th": {piexif.ImageIFD.Orientation: 8}}))
    open(os.path.join(OUT, "orientation8-only.jpg"), "wb").write(b.getvalue())
    # PNG with eXIf (GPS, orientation 6) and text chunks.
    from PIL import PngImagePlugin
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "taken at home")
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    b = io.BytesIO()
    picture(30, 20).save(b, "PNG", pnginfo=info, exif=exif_bytes(thumb=False), icc_profile=srgb())
    open(os.path.join(OUT, "gps-text.png"), "wb").write(b.getvalue())
    # WebP: lossy with EXIF (GPS, orientation 6) and XMP; lossless plain.
    b = io.BytesIO()
    picture(30, 20).save(b, "WEBP", quality=70, exif=exif_bytes(thumb=False), xmp=XMP, icc_profile=srgb())
    open(os.path.join(OUT, "gps-xmp.webp"), "wb").write(b.getvalue())
    b = io.BytesIO()
    picture(33, 21).save(b, "WEBP", lossless=True)
    open(os.path.join(OUT, "plain-lossless.webp"), "wb").write(b.getvalue())
    b = io.BytesIO()
    picture(35, 25).save(b, "WEBP", quality=70)
    open(os.path.join(OUT, "plain-lossy.webp"), "wb").write(b.getvalue())
    # GIF with a comment.
    b = io.BytesIO()
    picture(24, 18).convert("P").save(b, "GIF", comment=b"taken at home")
    open(os.path.join(OUT, "comment.gif"), "wb").write(b.getvalue())

main()
