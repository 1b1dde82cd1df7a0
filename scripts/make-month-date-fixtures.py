#!/usr/bin/python3
"""The bundled hospital-beds example with its month headers typed as dates, as an
officer's Excel keeps "feb 2024" or "2024-02" once typed: a date cell with a date
format. openpyxl (Debian's python3-openpyxl) writes it; LibreOffice headless saves
it again as a twin. Each measure sheet gets a different date format. A third twin
counts its dates from 1904 (Excel for Mac's old default), as openpyxl writes one.

Run: /usr/bin/python3 scripts/make-month-date-fixtures.py   (needs
libreoffice-calc-nogui and python3-openpyxl). The fixtures are committed.
"""
import datetime, os, re, shutil, subprocess, sys, tempfile
import openpyxl

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "test", "fixtures", "months")
FORMATS = ["mmm yyyy", "yyyy-mm"]


def main():
    wb = openpyxl.load_workbook(os.path.join(ROOT, "examples", "beds-2024-exempel.xlsx"))
    for ws, fmt in zip(wb.worksheets[1:], FORMATS):
        for cell in ws[3]:
            m = re.fullmatch(r"(\d{4})-(\d{2})", str(cell.value or ""))
            if m:
                cell.value = datetime.datetime(int(m[1]), int(m[2]), 1)
                cell.number_format = fmt
    path = os.path.join(OUT, "month-dates-openpyxl.xlsx")
    wb.save(path)
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", tmp, path], check=True, capture_output=True)
        shutil.move(os.path.join(tmp, os.path.basename(path)), os.path.join(OUT, "month-dates-libreoffice.xlsx"))
    shutil.rmtree(profile, ignore_errors=True)
    wb1904 = openpyxl.load_workbook(path)
    wb1904.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    wb1904.save(os.path.join(OUT, "month-dates-1904-openpyxl.xlsx"))
    print("wrote month-dates-openpyxl.xlsx, month-dates-libreoffice.xlsx and month-dates-1904-openpyxl.xlsx")


if __name__ == "__main__":
    sys.exit(main())
