#!/usr/bin/python3
"""Workbooks whose formulas reach the written cells in every way a stale-result
pass must follow (issue 28): defined names (workbook and sheet scoped, a name over
a name), an Excel table with structured references (#This Row, a column, #Headers),
3-D references, array formulas, INDIRECT; and one with a link to another workbook.

openpyxl writes the formulas (without results); LibreOffice headless saves the file
again, computing and storing every result, as a program that calculates does. The
link to another workbook is made by LibreOffice itself from a flat ODF sheet (its
xlsx export writes xl/externalLinks/externalLink1.xml and `[1]Sheet1!A1`).

Run: /usr/bin/python3 scripts/make-formula-fixtures.py   (needs libreoffice-calc-nogui,
python3-openpyxl). The fixtures are committed; CI does not rebuild them.
"""
import os, shutil, subprocess, sys, tempfile
import openpyxl
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.table import Table

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "test", "fixtures", "xlsx", "formulas")  # beside, not among, the feature fixtures every reader test walks

# Calc's formulas, each named by its cell; the test knows which read Blad!B3 (the cell written).
CALC = [
    ("A1", "=SUM(Belopp)"),
    ("A2", "=Annat+1"),
    ("A3", "=SUM(Dubbelt)"),
    ("A4", "=SUM(Tab[Belopp])"),
    ("A5", "=COUNTA(Tab[Region])"),
    ("A6", "=SUM(Jan:Mar!A1)"),
    ("A7", "=SUM(Mar:Apr!A1)"),
    ("A8", "=SUM(Tab[Dubbel])"),
    ("A9", '=INDIRECT("Blad!E1")'),
    ("A10", "=Lokal*2"),
    ("A11", "=Tab[[#Headers],[Belopp]]"),
    ("A12", "=A8+A2"),
]


def formulas(path):
    wb = openpyxl.Workbook()
    jan = wb.active
    jan.title = "Jan"
    blad = wb.create_sheet("Blad")
    mar = wb.create_sheet("Mar")
    apr = wb.create_sheet("Apr")
    calc = wb.create_sheet("Calc")
    for ws in (jan, mar, apr):
        ws["A1"] = 5
    blad.append(["Region", "Belopp", "Dubbel"])
    for region, amount in [("Norr", 10), ("Mitt", 20), ("Syd", 30)]:
        blad.append([region, amount, "=Tab[[#This Row],[Belopp]]*2"])
    blad["E1"] = 7
    blad.add_table(Table(displayName="Tab", ref="A1:C4"))
    wb.defined_names.append(DefinedName("Belopp", attr_text="Blad!$B$2:$B$4"))
    wb.defined_names.append(DefinedName("Annat", attr_text="Blad!$E$1"))
    wb.defined_names.append(DefinedName("Dubbelt", attr_text="Belopp*2"))
    wb.defined_names.append(DefinedName("Lokal", attr_text="Blad!$E$1"))
    wb.defined_names.append(DefinedName("Lokal", localSheetId=4, attr_text="Blad!$B$3"))  # Calc's own
    for ref, f in CALC:
        calc[ref] = f
    calc["B1"] = "=Blad!B2:B4*10"
    calc.formula_attributes["B1"] = {"t": "array", "ref": "B1:B3"}
    calc["C1"] = "=Blad!A2:A3"
    calc.formula_attributes["C1"] = {"t": "array", "ref": "C1:C2"}
    wb.save(path)


EXTERNAL = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet>
<table:table table:name="Blad"><table:table-row><table:table-cell office:value-type="float" office:value="2"><text:p>2</text:p></table:table-cell></table:table-row></table:table>
<table:table table:name="Calc"><table:table-row>
<table:table-cell table:formula="of:=['file://{other}'#$Sheet1.A1]*2" office:value-type="float" office:value="84"><text:p>84</text:p></table:table-cell>
<table:table-cell table:formula="of:=[Blad.A1]*3" office:value-type="float" office:value="6"><text:p>6</text:p></table:table-cell>
</table:table-row></table:table>
</office:spreadsheet></office:body></office:document>
"""


def libreoffice(source, name):
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", tmp, source], check=True, capture_output=True)
        base = os.path.splitext(os.path.basename(source))[0] + ".xlsx"
        shutil.move(os.path.join(tmp, base), os.path.join(OUT, name))
    shutil.rmtree(profile, ignore_errors=True)


def main():
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "formulas.xlsx")
        formulas(src)
        shutil.copy(src, os.path.join(OUT, "formulas-openpyxl.xlsx"))
        libreoffice(src, "formulas-libreoffice.xlsx")
        other = os.path.join(tmp, "annan.xlsx")  # the linked workbook: Sheet1!A1 = 42
        wb = openpyxl.Workbook()
        wb.active.title = "Sheet1"
        wb.active["A1"] = 42
        wb.save(other)
        ext = os.path.join(tmp, "external.fods")
        with open(ext, "w", encoding="utf-8") as f:
            f.write(EXTERNAL.replace("{other}", other))
        libreoffice(ext, "external-link-libreoffice.xlsx")
    print("wrote formulas-openpyxl.xlsx, formulas-libreoffice.xlsx, external-link-libreoffice.xlsx")


if __name__ == "__main__":
    sys.exit(main())
