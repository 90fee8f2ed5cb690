#!/usr/bin/env python3
"""Writes the malformed-input corpus to ../resources/corpus/ with manifest.tsv.

Each case: a file name, its bytes, the expected reason code of the first problem and its location
(`/json/pointer`, `line N`, `line N:C` or `-` for the source only). The corpus is committed; this script
documents how each file was made and regenerates them (python3 generate.py). Run from this directory.
"""
import json
import os
import shutil

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "corpus")

BASE = {
    "schemaVersion": "1",
    "id": "T-1",
    "profile": "cloud-migration",
    "submitted": "2026-10-01",
    "vendor": {"name": "V", "country": "PL"},
    "product": {"name": "P", "kind": "CLOUD_SERVICE"},
    "answers": [
        {"question": "ENC-REST", "value": "yes", "comment": "AES-256", "evidence": ["Crypto concept"]},
        {"question": "LOG-EVENTS", "value": "partial"},
        {"question": "CLD-DATA-LOCATION", "value": "EEA_ONLY"},
        {"question": "CLD-RESTORE-TEST-DATE", "value": "2026-01-15"},
        {"question": "BREACH-HOURS", "value": "24"},
    ],
}

CSV_ROWS = [
    "key,value,comment,evidence",          # 1
    "questionnaire.id,T-1,,",              # 2
    "questionnaire.profile,cloud-migration,,",  # 3
    "questionnaire.submitted,2026-10-01,,",     # 4
    "vendor.name,V,,",                     # 5
    "vendor.country,PL,,",                 # 6
    "product.name,P,,",                    # 7
    "product.kind,CLOUD_SERVICE,,",        # 8
    "ENC-REST,yes,AES-256,Crypto concept", # 9
    "LOG-EVENTS,partial,,",                # 10
    "CLD-DATA-LOCATION,EEA_ONLY,,",        # 11
    "CLD-RESTORE-TEST-DATE,2026-01-15,,",  # 12
    "BREACH-HOURS,24,,",                   # 13
]

cases = []


def case(name, content, reason, location, what):
    if isinstance(content, str):
        content = content.encode("utf-8")
    cases.append((name, content, reason, location, what))


def doc(mutate=None):
    d = json.loads(json.dumps(BASE))
    if mutate:
        mutate(d)
    return d


def pretty(d):
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


def j(name, mutate, reason, location, what):
    case("json/" + name + ".json", pretty(doc(mutate)), reason, location, what)


def csv(rows=None, sep=","):
    rows = CSV_ROWS if rows is None else rows
    return "\n".join(r if sep == "," else r.replace(",", sep) for r in rows) + "\n"


def c(name, rows, reason, location, what, sep=","):
    case("csv/" + name + ".csv", csv(rows, sep), reason, location, what)


def replace_row(line, text):
    rows = list(CSV_ROWS)
    rows[line - 1] = text
    return rows


def add_row(text):
    return CSV_ROWS + [text]


def setp(path, value):
    def m(d):
        target = d
        for p in path[:-1]:
            target = target[p]
        target[path[-1]] = value
    return m


def delp(path):
    def m(d):
        target = d
        for p in path[:-1]:
            target = target[p]
        del target[path[-1]]
    return m


def answer(i, **fields):
    def m(d):
        d["answers"][i].update(fields)
    return m


BASE_TEXT = pretty(BASE)
BASE_LINES = BASE_TEXT.split("\n")

# ---------------------------------------------------------------- JSON: syntax
cut = BASE_TEXT[:BASE_TEXT.index('"LOG-EVENTS"')]
case("json/truncated-mid-answers.json", cut, "MALFORMED_JSON", "line %d" % (cut.count("\n") + 1),
     "file cut off inside the answers array")
cut = BASE_TEXT[:BASE_TEXT.index('"V"') + 2]
case("json/truncated-in-string.json", cut, "MALFORMED_JSON", "line %d" % (cut.count("\n") + 1),
     "file cut off inside a string")
cut = BASE_TEXT[:BASE_TEXT.index('"answers": [') + len('"answers": [')]
case("json/truncated-after-array-start.json", cut, "MALFORMED_JSON", "line %d" % (cut.count("\n") + 1),
     "file cut off after [")
case("json/truncated-brace.json", "{", "MALFORMED_JSON", "line 1", "a lone {")
case("json/truncated-last-brace.json", BASE_TEXT.rstrip()[:-1], "MALFORMED_JSON",
     "line %d" % len(BASE_TEXT.rstrip().split("\n")), "closing brace missing")
case("json/missing-comma.json", BASE_TEXT.replace('"id": "T-1",', '"id": "T-1"', 1), "MALFORMED_JSON", "line 4",
     "no comma between two fields")
case("json/trailing-comma-object.json", BASE_TEXT.replace('"country": "PL"', '"country": "PL",', 1),
     "MALFORMED_JSON", "line 9", "comma before }")
case("json/trailing-comma-array.json", BASE_TEXT.replace('"Crypto concept"', '"Crypto concept",', 1),
     "MALFORMED_JSON", "line 21", "comma before ]")
case("json/single-quotes.json", BASE_TEXT.replace('"id": "T-1"', "'id': 'T-1'", 1), "MALFORMED_JSON", "line 3",
     "single-quoted strings")
case("json/unquoted-key.json", BASE_TEXT.replace('"id": "T-1"', 'id: "T-1"', 1), "MALFORMED_JSON", "line 3",
     "unquoted field name")
case("json/comment.json", BASE_TEXT.replace('"id": "T-1",', '"id": "T-1", // tender', 1), "MALFORMED_JSON",
     "line 3", "a // comment")
case("json/nan.json", BASE_TEXT.replace('"id": "T-1"', '"id": NaN', 1), "MALFORMED_JSON", "line 3", "NaN literal")
case("json/duplicate-key.json", BASE_TEXT.replace('"id": "T-1",', '"id": "T-1",\n  "id": "T-2",', 1),
     "MALFORMED_JSON", "line 4", "the same key twice")
case("json/duplicate-key-in-answer.json",
     BASE_TEXT.replace('"value": "partial"', '"value": "partial", "value": "yes"', 1), "MALFORMED_JSON", "line 25",
     "an answer with two values")
case("json/trailing-object.json", BASE_TEXT + "{}\n", "MALFORMED_JSON", "line %d" % len(BASE_LINES),
     "a second object after the first")
case("json/trailing-garbage.json", BASE_TEXT + "xyz", "MALFORMED_JSON", "line %d" % len(BASE_LINES),
     "text after the object")
case("json/raw-control-char.json", BASE_TEXT.replace('"T-1"', '"T\t1"', 1), "MALFORMED_JSON", "line 3",
     "an unescaped tab inside a string")
case("json/bad-escape.json", BASE_TEXT.replace('"T-1"', '"T\\x41"', 1), "MALFORMED_JSON", "line 3",
     "an invalid escape")
case("json/empty.json", "", "UNREADABLE", "-", "zero bytes")
case("json/whitespace-only.json", "  \n\t\n", "UNREADABLE", "-", "only whitespace")
case("json/null.json", "null", "SCHEMA_VIOLATION", "/", "the JSON value null")
case("json/top-level-array.json", "[" + BASE_TEXT + "]", "SCHEMA_VIOLATION", "/", "an array of questionnaires")
case("json/top-level-string.json", '"questionnaire"', "SCHEMA_VIOLATION", "/", "a bare string")
case("json/utf8-bom-then-truncated.json", b"\xef\xbb\xbf{\n  \"id\": ", "MALFORMED_JSON", "line 2",
     "a BOM is skipped; line numbers stay right")
case("json/double-bom.json", b"\xef\xbb\xbf\xef\xbb\xbf" + BASE_TEXT.encode(), "MALFORMED_JSON", "line 1",
     "a second BOM is a character, not JSON")

# ---------------------------------------------------------------- JSON: encodings
case("json/utf16le-bom.json", b"\xff\xfe" + BASE_TEXT.encode("utf-16-le"), "BAD_ENCODING", "-", "UTF-16 LE with BOM")
case("json/utf16be-bom.json", b"\xfe\xff" + BASE_TEXT.encode("utf-16-be"), "BAD_ENCODING", "-", "UTF-16 BE with BOM")
case("json/utf16le-no-bom.json", BASE_TEXT.encode("utf-16-le"), "BAD_ENCODING", "-", "UTF-16 LE without BOM")
case("json/utf32le-bom.json", b"\xff\xfe\x00\x00" + BASE_TEXT.encode("utf-32-le"), "BAD_ENCODING", "-",
     "UTF-32 LE with BOM")
latin = pretty(doc(setp(["vendor", "name"], "Caf\u00e9 M\u00fcller"))).encode("latin-1")
case("json/latin1-vendor-name.json", latin, "BAD_ENCODING", "line 7:17", "Latin-1 bytes in a name")
cp1250 = pretty(doc(setp(["vendor", "name"], "Szpital \u0141\u00f3d\u017a"))).encode("cp1250")
case("json/cp1250-vendor-name.json", cp1250, "BAD_ENCODING", "line 7:22", "Windows-1250 bytes in a name")
raw = BASE_TEXT.encode()
case("json/truncated-multibyte.json", raw[:raw.index(b'"T-1"') + 3] + b"\xc5", "BAD_ENCODING", "line 3:12",
     "the file ends inside a two-byte sequence")
case("json/overlong-slash.json", BASE_TEXT.replace("T-1", "T\u0001").encode().replace(b"\x01", b"\xc0\xaf"),
     "BAD_ENCODING", "line 3:11", "overlong encoding of /")
case("json/encoded-surrogate.json", BASE_TEXT.replace("T-1", "T\u0001").encode().replace(b"\x01", b"\xed\xa0\x80"),
     "BAD_ENCODING", "line 3:11", "a UTF-16 surrogate encoded in UTF-8 (CESU-8)")
case("json/ff-byte.json", BASE_TEXT.replace("T-1", "T\u0001").encode().replace(b"\x01", b"\xff"), "BAD_ENCODING",
     "line 3:11", "byte 0xFF, never valid in UTF-8")

# ---------------------------------------------------------------- JSON: limits (small files; big ones are made in tests)
case("json/deep-array-in-answers.json", BASE_TEXT.replace('"answers": [', '"answers": [' + "[" * 40, 1)
     .replace("\n  ]\n}", "\n  ]" + "]" * 40 + "\n}"), "TOO_LARGE", "line 14", "arrays nested 41 deep")
case("json/deep-objects.json", '{"a":' * 33 + "1" + "}" * 33, "TOO_LARGE", "line 1", "objects nested 33 deep")
case("json/long-number.json", BASE_TEXT.replace('"T-1"', "1" * 100, 1), "TOO_LARGE", "line 3",
     "a number of 100 digits")
case("json/long-field-name.json", BASE_TEXT.replace('"id": "T-1",', '"id": "T-1",\n  "' + "n" * 300 + '": 1,', 1),
     "TOO_LARGE", "line 4", "a field name of 300 characters")

# ---------------------------------------------------------------- JSON: unknown fields
j("unknown-root-field", setp(["comment"], "hi"), "UNKNOWN_FIELD", "/comment", "a field the format lacks")
j("unknown-vendor-field", setp(["vendor", "vat"], "PL123"), "UNKNOWN_FIELD", "/vendor/vat", "vendor.vat")
j("unknown-product-field", setp(["product", "cpe"], "cpe:2.3:a"), "UNKNOWN_FIELD", "/product/cpe", "product.cpe")
j("unknown-answer-field-typo", answer(1, valu="yes"), "UNKNOWN_FIELD", "/answers/1/valu", "a typo: valu")
j("polymorphic-class-hint", answer(0, **{"@class": "java.lang.ProcessBuilder"}), "UNKNOWN_FIELD",
  "/answers/0/@class", "a Jackson type hint")
j("polymorphic-type-hint", setp(["@type"], "com.sun.rowset.JdbcRowSetImpl"), "UNKNOWN_FIELD", "/@type",
  "a fastjson-style type hint")
j("proto-pollution", setp(["__proto__"], {"admin": True}), "UNKNOWN_FIELD", "/__proto__", "prototype pollution")
j("field-name-with-slash", setp(["a/b"], 1), "UNKNOWN_FIELD", "/a~1b", "a / in a name is escaped in the pointer")
j("field-name-with-tilde", setp(["a~b"], 1), "UNKNOWN_FIELD", "/a~0b", "a ~ in a name is escaped in the pointer")
j("schema-keyword-as-field", setp(["$schema"], "http://example.org"), "UNKNOWN_FIELD", "/$schema",
  "$schema is not part of the format")
j("drl-in-unknown-field", setp(["rules"], "rule x when then System.exit(1); end"), "UNKNOWN_FIELD", "/rules",
  "DRL is never accepted from input")

# ---------------------------------------------------------------- JSON: schema
j("missing-schema-version", delp(["schemaVersion"]), "SCHEMA_VIOLATION", "/", "schemaVersion missing")
j("schema-version-2", setp(["schemaVersion"], "2"), "SCHEMA_VIOLATION", "/schemaVersion", "unknown format version")
j("schema-version-number", setp(["schemaVersion"], 1), "SCHEMA_VIOLATION", "/schemaVersion", "1 instead of \"1\"")
j("empty-id", setp(["id"], ""), "SCHEMA_VIOLATION", "/id", "empty id")
j("long-id", setp(["id"], "x" * 201), "SCHEMA_VIOLATION", "/id", "id of 201 characters")
j("unknown-profile", setp(["profile"], "cloud"), "SCHEMA_VIOLATION", "/profile", "profile not in the enum")
j("null-profile", setp(["profile"], None), "SCHEMA_VIOLATION", "/profile", "profile null")
j("submitted-dotted", setp(["submitted"], "01.10.2026"), "SCHEMA_VIOLATION", "/submitted", "date as DD.MM.YYYY")
j("submitted-impossible", setp(["submitted"], "2026-02-30"), "SCHEMA_VIOLATION", "/submitted", "30 February")
j("missing-vendor", delp(["vendor"]), "SCHEMA_VIOLATION", "/", "vendor missing")
j("vendor-string", setp(["vendor"], "ACME"), "SCHEMA_VIOLATION", "/vendor", "vendor as a string")
j("vendor-name-missing", delp(["vendor", "name"]), "SCHEMA_VIOLATION", "/vendor", "vendor.name missing")
j("vendor-name-long", setp(["vendor", "name"], "v" * 301), "SCHEMA_VIOLATION", "/vendor/name", "301 characters")
j("country-name", setp(["vendor", "country"], "Poland"), "SCHEMA_VIOLATION", "/vendor/country", "not ISO 3166")
j("country-lowercase", setp(["vendor", "country"], "pl"), "SCHEMA_VIOLATION", "/vendor/country", "lower case")
j("country-formula", setp(["vendor", "country"], "=1+1"), "SCHEMA_VIOLATION", "/vendor/country", "a formula")
j("product-kind-unknown", setp(["product", "kind"], "SAAS"), "SCHEMA_VIOLATION", "/product/kind", "kind not in enum")
j("answers-object", setp(["answers"], {"ENC-REST": "yes"}), "SCHEMA_VIOLATION", "/answers", "answers as a map")
j("answers-null", setp(["answers"], None), "SCHEMA_VIOLATION", "/answers", "answers null")
j("answer-string", lambda d: d["answers"].__setitem__(0, "ENC-REST=yes"), "SCHEMA_VIOLATION", "/answers/0",
  "an answer as a string")
j("answer-without-value", delp(["answers", 0, "value"]), "SCHEMA_VIOLATION", "/answers/0", "value missing")
j("value-number", answer(4, value=24), "SCHEMA_VIOLATION", "/answers/4/value", "a number instead of a string")
j("value-boolean", answer(0, value=True), "SCHEMA_VIOLATION", "/answers/0/value", "true instead of \"yes\"")
j("value-empty", answer(0, value=""), "SCHEMA_VIOLATION", "/answers/0/value", "empty value")
j("value-array", answer(0, value=["yes"]), "SCHEMA_VIOLATION", "/answers/0/value", "value as an array")
j("value-long", answer(0, value="y" * 10001), "SCHEMA_VIOLATION", "/answers/0/value", "10,001 characters")
j("comment-number", answer(0, comment=5), "SCHEMA_VIOLATION", "/answers/0/comment", "comment as a number")
j("comment-long", answer(0, comment="c" * 10001), "SCHEMA_VIOLATION", "/answers/0/comment", "10,001 characters")
j("evidence-string", answer(0, evidence="doc"), "SCHEMA_VIOLATION", "/answers/0/evidence", "evidence not a list")
j("evidence-pipe", answer(0, evidence=["a | b"]), "SCHEMA_VIOLATION", "/answers/0/evidence/0",
  "| separates references in CSV")
j("evidence-too-many", answer(0, evidence=["d%d" % i for i in range(51)]), "SCHEMA_VIOLATION",
  "/answers/0/evidence", "51 references")
j("evidence-empty-item", answer(0, evidence=[""]), "SCHEMA_VIOLATION", "/answers/0/evidence/0", "empty reference")
j("question-lowercase", answer(0, question="enc-rest"), "SCHEMA_VIOLATION", "/answers/0/question",
  "ids are upper case")
j("question-formula", answer(0, question="=HYPERLINK(\"http://evil.example\",\"x\")"), "SCHEMA_VIOLATION",
  "/answers/0/question", "a spreadsheet formula as id")
j("question-null", answer(0, question=None), "SCHEMA_VIOLATION", "/answers/0/question", "id null")

# ---------------------------------------------------------------- JSON: meaning
j("unknown-question", answer(1, question="LOG-EVENTZ"), "UNKNOWN_QUESTION", "/answers/1", "a typo in an id")
j("duplicate-question", lambda d: d["answers"].append({"question": "ENC-REST", "value": "no"}),
  "DUPLICATE_ANSWER", "/answers/5", "answered twice")
j("wrong-profile-question", lambda d: d["answers"].append({"question": "MD-SUPPORT-END", "value": "2030-01-01"}),
  "WRONG_PROFILE", "/answers/5", "a medical-device question in a cloud questionnaire")
j("wrong-profile-declared", setp(["profile"], "medical-device"), "WRONG_PROFILE", "/answers/1",
  "cloud answers under the medical-device profile")
j("value-maybe", answer(0, value="maybe"), "INVALID_VALUE", "/answers/0", "not yes or no")
j("value-partial-for-yes-no", answer(0, value="partial"), "INVALID_VALUE", "/answers/0", "partial not allowed")
j("value-na-not-allowed", answer(0, value="n/a"), "INVALID_VALUE", "/answers/0", "N/A not allowed here")
j("enum-unknown", answer(2, value="MOON"), "INVALID_VALUE", "/answers/2", "not in the list")
j("date-too-early", answer(3, value="1900-01-01"), "INVALID_VALUE", "/answers/3", "before 1980")
j("date-too-late", answer(3, value="2151-01-01"), "INVALID_VALUE", "/answers/3", "after 2150")
j("date-month-13", answer(3, value="2026-13-01"), "INVALID_VALUE", "/answers/3", "month 13")
j("date-february-30", answer(3, value="2026-02-30"), "INVALID_VALUE", "/answers/3", "30 February")
j("date-year-zero", answer(3, value="0000-01-01"), "INVALID_VALUE", "/answers/3", "year 0")
j("number-words", answer(4, value="a day"), "INVALID_VALUE", "/answers/4", "words for a number")
j("number-huge-exponent", answer(4, value="1e999999999"), "INVALID_VALUE", "/answers/4",
  "would expand to a billion digits")
j("number-comma-decimal", answer(4, value="24,5"), "INVALID_VALUE", "/answers/4", "decimal comma")
j("number-nan", answer(4, value="NaN"), "INVALID_VALUE", "/answers/4", "NaN")
j("formula-value", answer(0, value="=1+1"), "INVALID_VALUE", "/answers/0", "formula as yes/no")
j("formula-dde", answer(2, value="=cmd|' /C calc'!A0"), "INVALID_VALUE", "/answers/2", "DDE payload as enum")
j("formula-at", answer(4, value="@SUM(1+1)"), "INVALID_VALUE", "/answers/4", "@ formula as number")
case("json/lone-surrogate-value.json", BASE_TEXT.replace('"value": "yes"', '"value": "yes\\ud800"', 1),
     "INVALID_VALUE", "/answers/0", "an escaped lone surrogate")
j("submitted-too-early", setp(["submitted"], "1900-01-01"), "INVALID_FIELD", "/submitted", "before 1980")
j("submitted-too-late", setp(["submitted"], "2999-01-01"), "INVALID_FIELD", "/submitted", "after 2150")

# ---------------------------------------------------------------- CSV: bytes and encodings
case("csv/empty.csv", "", "UNREADABLE", "-", "zero bytes")
case("csv/bom-only.csv", b"\xef\xbb\xbf", "UNREADABLE", "-", "only a byte-order mark")
case("csv/utf16le-bom.csv", b"\xff\xfe" + csv().encode("utf-16-le"), "BAD_ENCODING", "-",
     "Excel 'Unicode text' export")
case("csv/utf16be-bom.csv", b"\xfe\xff" + csv().encode("utf-16-be"), "BAD_ENCODING", "-", "UTF-16 BE with BOM")
case("csv/utf16le-no-bom.csv", csv().encode("utf-16-le"), "BAD_ENCODING", "-", "UTF-16 LE without BOM")
case("csv/latin1-name.csv", csv(replace_row(5, "vendor.name,Caf\u00e9,,")).encode("latin-1"), "BAD_ENCODING",
     "line 5:16", "Latin-1 export")
case("csv/cp1250-name.csv", csv(replace_row(5, "vendor.name,\u0141\u00f3d\u017a,,")).encode("cp1250"),
     "BAD_ENCODING", "line 5:13", "Windows-1250 export")
case("csv/ff-byte-in-comment.csv", csv(replace_row(9, "ENC-REST,yes,AES\u0001,")).encode().replace(b"\x01", b"\xff"),
     "BAD_ENCODING", "line 9:17", "byte 0xFF in a comment")
case("csv/truncated-multibyte.csv", csv().encode()[:-1] + b"\xe2\x82", "BAD_ENCODING", "line 13:18",
     "file ends inside a three-byte sequence")
case("csv/bom-then-error.csv", b"\xef\xbb\xbf" + csv(replace_row(9, "ENC-RESTT,yes,,")).encode(),
     "UNKNOWN_QUESTION", "line 9", "a BOM does not shift lines")
case("csv/double-bom.csv", b"\xef\xbb\xbf\xef\xbb\xbf" + csv().encode(), "MALFORMED_CSV", "line 1",
     "a second BOM sticks to the first column name")
case("csv/crlf-error.csv", csv(replace_row(9, "ENC-RESTT,yes,,")).replace("\n", "\r\n"), "UNKNOWN_QUESTION",
     "line 9", "CRLF line ends")
case("csv/cr-only-error.csv", csv(replace_row(9, "ENC-RESTT,yes,,")).replace("\n", "\r"), "UNKNOWN_QUESTION",
     "line 9", "old Mac line ends")
case("csv/blank-lines-error.csv", csv(CSV_ROWS[:8] + ["", ""] + ["ENC-RESTT,yes,,"]), "UNKNOWN_QUESTION",
     "line 11", "blank lines before the bad row")
case("csv/multiline-cell-then-error.csv",
     csv(replace_row(9, 'ENC-REST,yes,"line one\nline two\nline three",') + ["ENC-RESTT,yes,,"]),
     "UNKNOWN_QUESTION", "line 16", "a quoted comment over three lines before the bad row")

# ---------------------------------------------------------------- CSV: structure
c("tab-delimited", [r.replace(",", "\t") for r in CSV_ROWS], "MALFORMED_CSV", "line 1", "tab-separated")
c("pipe-delimited", [r.replace(",", "|") for r in CSV_ROWS], "MALFORMED_CSV", "line 1", "|-separated")
c("header-key-only", ["key"] + CSV_ROWS[1:], "MALFORMED_CSV", "line 1", "no value column")
c("no-header", CSV_ROWS[1:], "MALFORMED_CSV", "line 1", "the first data row taken as header")
c("duplicate-column", ["key,value,value,evidence"] + CSV_ROWS[1:], "MALFORMED_CSV", "line 1", "value twice")
c("duplicate-column-comment", ["key,value,comment,comment"] + CSV_ROWS[1:], "MALFORMED_CSV", "line 1",
  "comment twice")
c("missing-column-name", ["key,value,,evidence"] + CSV_ROWS[1:], "MALFORMED_CSV", "line 1", "an empty column name")
c("unknown-column", ["key,value,colour,evidence"] + CSV_ROWS[1:], "MALFORMED_CSV", "line 1", "a column we lack")
c("unterminated-quote", replace_row(9, 'ENC-REST,"yes,,'), "MALFORMED_CSV", "line 9", "quote never closed")
c("unterminated-quote-header", ['key,"value,comment,evidence'] + CSV_ROWS[1:], "MALFORMED_CSV", "line 1",
  "quote in the header never closed")
c("text-after-quote", replace_row(9, 'ENC-REST,"yes"x,,'), "MALFORMED_CSV", "line 9", "text after a closing quote")
c("short-row", replace_row(9, "ENC-REST"), "MALFORMED_CSV", "line 9", "one cell")
c("long-row", replace_row(9, "ENC-REST,yes,,,extra"), "MALFORMED_CSV", "line 9", "five cells")
c("very-long-row", replace_row(9, "ENC-REST" + ",x" * 20), "MALFORMED_CSV", "line 9", "21 cells")
c("mixed-delimiters", [CSV_ROWS[0].replace(",", ";")] + CSV_ROWS[1:], "MALFORMED_CSV", "line 2",
  "semicolon header, comma rows")
c("semicolon-unknown-question", replace_row(9, "ENC-RESTT,yes,,"), "UNKNOWN_QUESTION", "line 9",
  "semicolon file with a bad id", sep=";")

# ---------------------------------------------------------------- CSV: header fields
c("missing-id", CSV_ROWS[:1] + CSV_ROWS[2:], "INVALID_FIELD", "-", "questionnaire.id missing")
c("unknown-header-field", replace_row(6, "vendor.vat,PL123,,"), "INVALID_FIELD", "line 6", "vendor.vat")
c("header-field-twice", add_row("vendor.name,W,,"), "INVALID_FIELD", "line 14", "vendor.name twice")
c("profile-unknown", replace_row(3, "questionnaire.profile,cloud,,"), "INVALID_FIELD", "line 3", "unknown profile")
c("submitted-dotted", replace_row(4, "questionnaire.submitted,01.10.2026,,"), "INVALID_FIELD", "line 4",
  "DD.MM.YYYY")
c("submitted-too-early", replace_row(4, "questionnaire.submitted,1900-01-01,,"), "INVALID_FIELD", "line 4",
  "before 1980")
c("country-name", replace_row(6, "vendor.country,Poland,,"), "INVALID_FIELD", "line 6", "not ISO 3166")
c("product-kind-unknown", replace_row(8, "product.kind,SAAS,,"), "INVALID_FIELD", "line 8", "unknown kind")
c("vendor-name-long", replace_row(5, "vendor.name," + "v" * 301 + ",,"), "TOO_LARGE", "line 5", "301 characters")
c("formula-country", replace_row(6, "vendor.country,=1+1,,"), "INVALID_FIELD", "line 6", "formula as country")
c("formula-kind", replace_row(8, "product.kind,\"=cmd|' /C calc'!A0\",,"), "INVALID_FIELD", "line 8",
  "DDE payload as kind")
c("value-without-key", replace_row(9, ",yes,,"), "INVALID_FIELD", "line 9", "a value without a key")

# ---------------------------------------------------------------- CSV: answers
c("unknown-question", replace_row(9, "ENC-RESTT,yes,,"), "UNKNOWN_QUESTION", "line 9", "a typo in an id")
c("formula-key", replace_row(9, '"=HYPERLINK(""http://evil.example"",""x"")",yes,,'), "UNKNOWN_QUESTION",
  "line 9", "a formula as id")
c("at-formula-key", replace_row(9, "@SUM(1+1),yes,,"), "UNKNOWN_QUESTION", "line 9", "an @ formula as id")
c("duplicate-answer", add_row("ENC-REST,no,,"), "DUPLICATE_ANSWER", "line 14", "answered twice")
c("wrong-profile-question", add_row("MD-SUPPORT-END,2030-01-01,,"), "WRONG_PROFILE", "line 14",
  "a medical-device question")
c("wrong-profile-declared", replace_row(3, "questionnaire.profile,medical-device,,"), "WRONG_PROFILE", "line 10",
  "cloud answers under the medical-device profile")
c("value-maybe", replace_row(9, "ENC-REST,maybe,,"), "INVALID_VALUE", "line 9", "not yes or no")
c("formula-value", replace_row(9, "ENC-REST,=1+1,,"), "INVALID_VALUE", "line 9", "formula as yes/no")
c("plus-formula-number", replace_row(13, "BREACH-HOURS,+SUM(A1),,"), "INVALID_VALUE", "line 13", "+ formula")
c("minus-formula-number", replace_row(13, "BREACH-HOURS,-2+3,,"), "INVALID_VALUE", "line 13", "- formula")
c("at-formula-enum", replace_row(11, "CLD-DATA-LOCATION,@cmd,,"), "INVALID_VALUE", "line 11", "@ formula as enum")
c("date-too-early", replace_row(12, "CLD-RESTORE-TEST-DATE,1979-12-31,,"), "INVALID_VALUE", "line 12",
  "before 1980")
c("date-too-late", replace_row(12, "CLD-RESTORE-TEST-DATE,2151-01-01,,"), "INVALID_VALUE", "line 12", "after 2150")
c("date-dotted", replace_row(12, "CLD-RESTORE-TEST-DATE,15.01.2026,,"), "INVALID_VALUE", "line 12", "DD.MM.YYYY")
c("number-huge-exponent", replace_row(13, "BREACH-HOURS,1e999999999,,"), "INVALID_VALUE", "line 13",
  "would expand to a billion digits")
c("number-comma-decimal", replace_row(13, 'BREACH-HOURS,"24,5",,'), "INVALID_VALUE", "line 13", "decimal comma")
c("comment-without-value", replace_row(10, "LOG-EVENTS,,we log,"), "INVALID_VALUE", "line 10",
  "a comment would be lost")
c("comment-long", replace_row(9, "ENC-REST,yes," + "c" * 10001 + ","), "TOO_LARGE", "line 9", "10,001 characters")
c("evidence-too-many", replace_row(9, "ENC-REST,yes,," + "|".join("d%d" % i for i in range(51))), "TOO_LARGE",
  "line 9", "51 references")
c("evidence-long", replace_row(9, "ENC-REST,yes,," + "e" * 1001), "TOO_LARGE", "line 9", "1,001 characters")
c("key-with-newline", replace_row(9, '"ENC\nREST",yes,,'), "UNKNOWN_QUESTION", "line 9", "a line break in an id")
c("nul-in-value", replace_row(9, "ENC-REST,yes\u0000,,"), "INVALID_VALUE", "line 9", "a NUL byte after yes")
c("bidi-in-value", replace_row(9, "ENC-REST,yes\u202e,,"), "INVALID_VALUE", "line 9", "a right-to-left override")

# ---------------------------------------------------------------- issue 15: what a terminal or a spreadsheet would run
j("header-escape-vendor-name", setp(["vendor", "name"], "V\u001b[2J\u001b[H"), "INVALID_FIELD", "/vendor/name",
  "an escape sequence that clears the screen")
j("header-bidi-product-name", setp(["product", "name"], "P\u202egpj.exe"), "INVALID_FIELD", "/product/name",
  "a right-to-left override in a name")
j("header-zero-width-id", setp(["id"], "T\u200b-1"), "INVALID_FIELD", "/id", "a zero-width space in the id")
j("header-newline-contact", setp(["vendor", "contact"], "a@b.example\nDecision: ACCEPT"), "INVALID_FIELD",
  "/vendor/contact", "a line break that fakes a line")
j("comment-escape", answer(0, comment="\u001b[2J\u001b[HDecision: ACCEPT"), "INVALID_VALUE", "/answers/0",
  "ESC sequences in a comment")
j("comment-c1-csi", answer(0, comment="ok\u009b2J"), "INVALID_VALUE", "/answers/0", "a C1 control (CSI)")
j("evidence-nul", answer(0, evidence=["a\u0000b"]), "INVALID_VALUE", "/answers/0", "a NUL in evidence")
c("header-escape-vendor-name", replace_row(5, "vendor.name,V\u001b[2J,,"), "INVALID_FIELD", "line 5",
  "an escape sequence in a header field")
c("header-isolate-product-name", replace_row(7, "product.name,P\u2066x\u2069,,"), "INVALID_FIELD", "line 7",
  "bidi isolates in a header field")
c("comment-escape", replace_row(9, "ENC-REST,yes,\u001b]0;title\u0007,"), "INVALID_VALUE", "line 9",
  "an OSC sequence in a comment")
case("csv/system-account-file.csv", "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/bin/sh\n",
     "MALFORMED_CSV", "line 1", "a system file: its first line must not be echoed")


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    names = set()
    lines = ["# file\treason\tlocation\twhat (generated by core/src/test/corpus/generate.py)"]
    for name, content, reason, location, what in cases:
        assert name not in names, name
        names.add(name)
        path = os.path.join(OUT, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(content)
        lines.append("\t".join([name, reason, location, what]))
    with open(os.path.join(OUT, "manifest.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(len(cases), "cases")


if __name__ == "__main__":
    main()
