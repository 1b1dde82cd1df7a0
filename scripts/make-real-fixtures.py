#!/usr/bin/python3
"""Workbooks saved by Microsoft Excel itself and by other programs, taken from the test data of
public repositories at a pinned commit, one per kind of package issue 28 lists (pivot tables,
threaded comments, Strict OOXML, a signed package, .xlsb ...), plus the two kinds no program here
can save, made from an Excel-saved file by a small byte-level change that follows the standard.

The officer's table is NOT added here: test/helpers/officerSheet.ts adds it as one more sheet
when a test runs, so the committed files stay exactly as their programs saved them.

Run: /usr/bin/python3 scripts/make-real-fixtures.py   (downloads from raw.githubusercontent.com;
with FORDELA_MIRRORS=<dir holding owner+name/repo git directories> it reads local clones instead).
The fixtures are committed; CI does not rebuild them. Sources and licences: test/fixtures/README.md.
"""
import os, re, subprocess, sys, urllib.request, zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "test", "fixtures", "xlsx", "real")

POI = ("apache/poi", "a528d43590b3f71aa94310de881a35af887fdd0f")
CLOSEDXML = ("ClosedXML/ClosedXML", "f77503d58e0edaefea5108739548d1568fe377e6")
EXCELIZE = ("qax-os/excelize", "8d26cbd932e8ff9e12dc42f7fef245baf7773b72")
EXCELIZE_RICH = ("qax-os/excelize", "e0b65db9dad68b470fbcbc119060c48d254e63c1")
CX = "ClosedXML.Tests/Resource/"

# (file here, repository, path there): the program that saved each is in its docProps/app.xml.
SOURCES = [
    ("pivot-datamodel-excel2016.xlsx", POI, "test-data/spreadsheet/ExcelPivotTableSample.xlsx"),
    ("threaded-comments-excel-mac2016.xlsx", POI, "test-data/spreadsheet/64759.xlsx"),
    ("connections-excel2010.xlsx", POI, "test-data/spreadsheet/55923.xlsx"),
    ("dynamic-array-excel-online.xlsx", POI, "test-data/spreadsheet/xlookup.xlsx"),
    ("form-controls-excel2016.xlsx", CLOSEDXML, CX + "Other/Shapes/sheet-with-form-controls-input.xlsx"),
    ("activex-excel2016.xlsx", CLOSEDXML, CX + "TryToLoad/LO/xlsx/activex_checkbox.xlsx"),
    ("macro-excel2010.xlsm", POI, "test-data/spreadsheet/SimpleMacro.xlsm"),
    ("sparklines-excel2016.xlsx", CLOSEDXML, CX + "Other/Sparklines/SparklineThemes/inputfile.xlsx"),
    ("data-table-excel2016.xlsx", CLOSEDXML, CX + "Other/Formulas/DataTableFormula-Excel-Input.xlsx"),
    ("3d-reference-excel2010.xlsx", POI, "test-data/spreadsheet/55906-MultiSheetRefs.xlsx"),
    ("table-reference-excel2016.xlsx", POI, "test-data/spreadsheet/StructuredReferences.xlsx"),
    ("external-link-excel2013.xlsx", CLOSEDXML, CX + "Other/ExternalLinks/WorkbookWithExternalLink.xlsx"),
    ("styles-alternate-content-hancell.xlsx", POI, "test-data/spreadsheet/style-alternate-content.xlsx"),
    ("strict-excel2013.xlsx", POI, "test-data/spreadsheet/sample.strict.xlsx"),
    ("strict-universal-excel2013.xlsx", CLOSEDXML, CX + "TryToLoad/LO/xlsx/universal-content-strict.xlsx"),
    ("signed-package-excel2010.xlsx", POI, "test-data/xmldsign/ms-office-2010-signed.xlsx"),
    ("protected-structure-excel2013.xlsx", POI, "test-data/spreadsheet/workbookProtection-workbook_password-2013.xlsx"),
    ("protected-structure-excel-mac2008.xlsx", POI, "test-data/spreadsheet/workbookProtection_workbook_structure_protected.xlsx"),
    ("binary-excel2016.xlsb", POI, "test-data/spreadsheet/sample.xlsb"),
    ("google-sheets.xlsx", CLOSEDXML, CX + "Other/GoogleSheets/file1.xlsx"),
    ("onlyoffice.xlsx", CLOSEDXML, CX + "TryToLoad/InvalidFirstPageNumber.xlsx"),
    ("apache-poi.xlsx", POI, "test-data/spreadsheet/bug60858.xlsx"),
    ("excel-mac2011.xlsx", EXCELIZE, "test/Book1.xlsx"),
    ("pictures-in-cells-excel365.xlsx", EXCELIZE_RICH, "test/CellImage.xlsx"),
    ("plain-excel2016.xlsx", POI, "test-data/spreadsheet/60825.xlsx"),
]


def fetch(repo, path):
    (name, commit) = repo
    mirrors = os.environ.get("FORDELA_MIRRORS")
    if mirrors:
        git = os.path.join(mirrors, name.replace("/", "+"), "repo")
        return subprocess.run(["git", "--git-dir", git, "show", f"{commit}:{path}"], check=True, capture_output=True).stdout
    with urllib.request.urlopen(f"https://raw.githubusercontent.com/{name}/{commit}/{path}") as r:
        return r.read()


def rewrite(src, dst, change, extra=()):
    """Copy a package part by part, byte for byte, except the parts `change` returns new text for."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        # A fixed date: the same script makes the same bytes.
        put = lambda name, data: zout.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
        for info in zin.infolist():
            data = zin.read(info.filename)
            name, new = change(info.filename, data)
            put(name, new if new is not None else data)
        for name, data in extra:
            put(name, data)


def relocated(src, dst):
    """The workbook part at xl/book.xml instead of xl/workbook.xml. OPC (ECMA-376 Part 2 §9.3,
    §8.3) lets a package name its parts freely: the root relationship of type officeDocument
    says where the workbook part is (ECMA-376 Part 1 §12.3.23). Same folder, so every relative
    target in its relationships part stays right."""
    def change(name, data):
        if name == "xl/workbook.xml":
            return "xl/book.xml", None
        if name == "xl/_rels/workbook.xml.rels":
            return "xl/_rels/book.xml.rels", None
        if name in ("_rels/.rels", "[Content_Types].xml"):
            return name, data.replace(b"xl/workbook.xml", b"xl/book.xml")
        return name, None
    rewrite(src, dst, change)


LABEL = "3de9faa6-9fe1-49b3-9a08-227a296b54a6"
CUSTOM = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name="MSIP_Label_{LABEL}_Enabled"><vt:lpwstr>true</vt:lpwstr></property><property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="3" name="MSIP_Label_{LABEL}_SetDate"><vt:lpwstr>2024-03-01T09:12:44Z</vt:lpwstr></property><property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="4" name="MSIP_Label_{LABEL}_Method"><vt:lpwstr>Standard</vt:lpwstr></property><property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="5" name="MSIP_Label_{LABEL}_Name"><vt:lpwstr>Intern</vt:lpwstr></property><property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="6" name="MSIP_Label_{LABEL}_SiteId"><vt:lpwstr>72f988bf-86f1-41af-91ab-2d7cd011db47</vt:lpwstr></property><property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="7" name="MSIP_Label_{LABEL}_ContentBits"><vt:lpwstr>0</vt:lpwstr></property></Properties>""".encode()


def labelled(src, dst):
    """A sensitivity label as Microsoft Purview writes it: MSIP_Label_<guid>_* custom properties
    (ECMA-376 Part 1 §22.3, the custom file properties part, related from the package root with
    the custom-properties relationship, §15.2.12.2)."""
    def change(name, data):
        if name == "_rels/.rels":
            rel = b'<Relationship Id="rIdMsip1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'
            return name, data.replace(b"</Relationships>", rel)
        if name == "[Content_Types].xml":
            return name, data.replace(b"</Types>", b'<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
        return name, None
    rewrite(src, dst, change, [("docProps/custom.xml", CUSTOM)])


def empty_styles(src, dst):
    """An empty styles part: every child of styleSheet is optional (ECMA-376 Part 1 §18.8.39,
    CT_Stylesheet), so <styleSheet/> alone is a valid styles part; the cells then have no s."""
    def change(name, data):
        if name == "xl/styles.xml":
            return name, b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            return name, re.sub(rb' s="\d+"', b"", data)
        return name, None
    rewrite(src, dst, change)


def main():
    os.makedirs(OUT, exist_ok=True)
    for (name, repo, path) in SOURCES:
        data = fetch(repo, path)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        print(f"{name:45} {len(data):7} {repo[0]}:{path}")
    relocated(os.path.join(OUT, "plain-excel2016.xlsx"), os.path.join(OUT, "relocated-workbook-part-excel2016.xlsx"))
    labelled(os.path.join(OUT, "plain-excel2016.xlsx"), os.path.join(OUT, "sensitivity-label-excel2016.xlsx"))
    empty_styles(os.path.join(OUT, "plain-excel2016.xlsx"), os.path.join(OUT, "empty-styles-excel2016.xlsx"))


if __name__ == "__main__":
    sys.exit(main())
