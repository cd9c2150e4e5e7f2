"""Writes the PDF inputs of tests/cases/ingest/ and tests/fixtures/recaps/ (run once; the files are the record).

pypdf builds them: a one-page recap, then the same page encrypted (AES-256) or with a content stream
that unpacks to 100 MB (a compression bomb: 300 bytes on disk).
"""
import io
import zlib
from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject, StreamObject

HERE = Path(__file__).resolve().parent
TEXT = b"BT /F1 12 Tf 72 720 Td (Test Summit 2024 was held in Berlin on May 14, 2024.) Tj ET"


def recap(content: StreamObject | None = None) -> PdfWriter:
    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})})
    if content is None:
        content = DecodedStreamObject()
        content.set_data(TEXT)
    page[NameObject("/Contents")] = writer._add_object(content)
    return writer


def bomb() -> StreamObject:
    stream = StreamObject()
    stream._data = zlib.compress(zlib.compress(b" " * 100_000_000, 9), 9)
    stream[NameObject("/Filter")] = ArrayObject([NameObject("/FlateDecode"), NameObject("/FlateDecode")])
    return stream


def write(writer: PdfWriter, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    writer.write(buffer)
    path.write_bytes(buffer.getvalue())


def main():
    encrypted = recap()
    encrypted.encrypt(user_password="secret", owner_password="owner", algorithm="AES-256")
    write(encrypted, HERE / "ingest" / "pdf-encrypted" / "recap.pdf")
    write(recap(bomb()), HERE / "ingest" / "pdf-compression-bomb" / "recap.pdf")
    owner_only = recap()
    owner_only.encrypt(user_password="", owner_password="owner", algorithm="AES-256")
    write(owner_only, HERE.parent / "fixtures" / "recaps" / "owner-password-only.pdf")


if __name__ == "__main__":
    main()
