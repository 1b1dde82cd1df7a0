#!/usr/bin/python3
"""Workbooks made by real spreadsheet programs, one per feature an officer's
workbook may hold, and one with all of them: openpyxl (Debian's python3-openpyxl)
writes each, and LibreOffice headless saves each again as a twin, so the writer
is tested on what both programs write, never on what exceljs writes.

Run: /usr/bin/python3 scripts/make-xlsx-fixtures.py   (needs libreoffice-calc-nogui,
python3-openpyxl, python3-pil). The fixtures are committed; CI does not rebuild them.
"""
import io, os, shutil, subprocess, sys, tempfile, zipfile
import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, NamedStyle, PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "test", "fixtures", "xlsx")
SHEET = "Fördelning 2024"

source = openpyxl.load_workbook(os.path.join(ROOT, "examples", "at-2024-handlaggning.xlsx"))[SHEET]
ROWS = [[c.value for c in row] for row in source.iter_rows(min_row=1, max_row=29, max_col=10)]


def base():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET
    for r, row in enumerate(ROWS, start=1):
        for c, v in enumerate(row, start=1):
            if v is not None:
                ws.cell(r, c, v)
    for r in range(5, 26):
        ws.cell(r, 2).number_format = "#,##0"
    for col in "HIJ":
        ws[f"{col}26"] = f"=SUM({col}5:{col}25)"
        ws[f"{col}26"].number_format = "#,##0"
    ws["A1"].font = Font(bold=True, size=13)
    under = wb.create_sheet("Underlag")
    under["A1"] = "Underlag till beslutet"
    under["A2"] = "Kontroll: totalt mot pott"
    return wb, ws, under


def hyperlinks(wb, ws, under):
    ws["L1"] = "Till underlaget"
    ws["L1"].hyperlink = "#'Underlag'!A1"
    under["A4"] = "Tillbaka till fördelningen"
    under["A4"].hyperlink = f"#'{SHEET}'!A4"


def names(wb, ws, under):
    wb.defined_names.append(DefinedName("Total_pott", attr_text="223000000"))
    wb.defined_names.append(DefinedName("Totalt_belopp", attr_text=f"'{SHEET}'!$J$5:$J$25"))
    wb.defined_names.append(DefinedName("Lokal_kontroll", attr_text="Underlag!$B$2", localSheetId=1))
    under["B2"] = "=SUM(Totalt_belopp)-Total_pott"
    under["B3"] = f"='{SHEET}'!J26"


def printing(wb, ws, under):
    ws.print_title_rows = "4:4"
    ws.print_area = "A1:J29"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1


def protection(wb, ws, under):
    under.protection.sheet = True
    under.protection.password = "granskning"
    wb.security = WorkbookProtection(workbookPassword="struktur", lockStructure=True)


def custom_properties_after_save(path):
    """openpyxl 3.0 writes no custom properties: add docProps/custom.xml as Office writes it."""
    custom = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Diarienummer">'
              '<vt:lpwstr>S2024/00586</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Klassificering"><vt:lpwstr>Intern</vt:lpwstr></property></Properties>')
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
            if item.filename == "_rels/.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>')
            zout.writestr(item, data)
        zout.writestr("docProps/custom.xml", custom)
    shutil.move(tmp, path)


def notes(wb, ws, under):
    ws["C12"].comment = Comment("Skåne: I.U i planeringsunderlaget, 204 enligt komplettering.", "Handläggare A")
    ws["F5"].comment = Comment("Ansökan inkom 2024-02-01.", "Handläggare B")


def image(wb, ws, under):
    from PIL import Image as Pil
    buf = io.BytesIO()
    Pil.new("RGB", (40, 20), (0, 90, 160)).save(buf, format="PNG")
    buf.seek(0)
    img = Image(buf)
    under.add_image(img, "D2")


def chart(wb, ws, under):
    c = BarChart()
    c.title = "Totalt per region"
    c.add_data(Reference(ws, min_col=10, min_row=4, max_row=25), titles_from_data=True)
    c.set_categories(Reference(ws, min_col=1, min_row=5, max_row=25))
    under.add_chart(c, "A8")


def styles(wb, ws, under):
    belopp = NamedStyle(name="Belopp")
    belopp.number_format = "#,##0"
    belopp.font = Font(name="Calibri", color="1F4E79")
    wb.add_named_style(belopp)
    under["A6"] = 1234567
    under["A6"].style = "Belopp"
    ws.conditional_formatting.add("J5:J25", CellIsRule(operator="greaterThan", formula=["20000000"], fill=PatternFill("solid", start_color="FFF2CC", end_color="FFF2CC")))
    dv = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("F5:F25")
    ws.freeze_panes = "B5"
    ws.merge_cells("A1:J1")


def table(wb, ws, under):
    t = Table(displayName="Fordelning", ref="A4:J25")
    t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(t)


FEATURES = {
    "hyperlinks": [hyperlinks],
    "names": [names],
    "printing": [printing],
    "protection": [protection],
    "custom-properties": [],
    "notes": [notes],
    "image": [image],
    "chart": [chart],
    "styles": [styles],
    "table": [table],
    "all": [hyperlinks, names, printing, protection, notes, image, chart, styles, table],
}


def libreoffice_twin(path, outdir):
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", tmp, path], check=True, capture_output=True)
        name = os.path.basename(path).replace("-openpyxl.xlsx", "-libreoffice.xlsx")
        shutil.move(os.path.join(tmp, os.path.basename(path)), os.path.join(outdir, name))
    shutil.rmtree(profile, ignore_errors=True)


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, steps in FEATURES.items():
        wb, ws, under = base()
        for step in steps:
            step(wb, ws, under)
        path = os.path.join(OUT, f"{name}-openpyxl.xlsx")
        wb.save(path)
        if name in ("custom-properties", "all"):
            custom_properties_after_save(path)
        libreoffice_twin(path, OUT)
        print("wrote", name)


if __name__ == "__main__":
    sys.exit(main())
