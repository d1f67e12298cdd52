import { describe, expect, it } from "vitest";
import { decodeText } from "./decode";
import { ImportFileError, IMPORT_LIMITS } from "./fields";
import { detectDelimiter, parseCsv } from "./parse-csv";
import { parseImportFile } from "./parse-file";
import { parseXml } from "./parse-xml";

const bytes = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
const fileError = async (p: Promise<unknown> | (() => unknown)) => {
  try {
    await (typeof p === "function" ? p() : p);
  } catch (e) {
    if (e instanceof ImportFileError) return { code: e.code, values: e.values };
    throw e;
  }
  throw new Error("expected an ImportFileError");
};

describe("decoding a file's bytes", () => {
  it("reads UTF-8 with and without a byte order mark", () => {
    expect(decodeText(bytes("\uFEFFnom,ville\nZoé,Québec"))).toEqual({ text: "nom,ville\nZoé,Québec", encoding: "utf-8" });
    expect(decodeText(bytes("nom,ville\nZoé,Québec"))).toEqual({ text: "nom,ville\nZoé,Québec", encoding: "utf-8" });
  });

  it("reads Windows-1252 (Excel's CSV on Windows) when the bytes are not UTF-8, including its € and curly quotes", () => {
    const file = Uint8Array.from([...latin1("nom;ville\nZo\xe9;Qu\xe9bec "), 0x80, 0x92, 0x9c]);
    expect(decodeText(file)).toEqual({ text: "nom;ville\nZoé;Québec €’œ", encoding: "windows-1252" });
  });

  it("reads UTF-16 with its byte order mark (Excel's Unicode text)", () => {
    const text = "nom\tville\nZoé\tQuébec";
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    [...text].forEach((c, i) => {
      le[2 + i * 2] = c.charCodeAt(0) & 0xff;
      le[3 + i * 2] = c.charCodeAt(0) >> 8;
    });
    expect(decodeText(le)).toEqual({ text, encoding: "utf-16le" });
  });
});

describe("CSV", () => {
  it("detects comma, semicolon, tab and pipe from the header line, ignoring quoted ones", () => {
    expect(detectDelimiter("name,city\na;b,c")).toBe(",");
    expect(detectDelimiter("nom;ville;code postal\n")).toBe(";");
    expect(detectDelimiter("name\tcity\tzip")).toBe("\t");
    expect(detectDelimiter("name|city")).toBe("|");
    expect(detectDelimiter('"Name, full";City;Zip\n')).toBe(";");
    expect(detectDelimiter("name")).toBe(",");
  });

  it("reads quoted cells with delimiters, doubled quotes and line breaks", async () => {
    const table = await parseCsv('name,line1,notes\r\n"Tremblay, Marc","1 ""Front"" St","line one\nline two"\r\nLéa,2 Main St,\r\n');
    expect(table.headers).toEqual(["name", "line1", "notes"]);
    expect(table.rows).toEqual([
      ["Tremblay, Marc", '1 "Front" St', "line one\nline two"],
      ["Léa", "2 Main St", ""],
    ]);
    expect(table.rowNumbers).toEqual([2, 3]);
  });

  it("reads semicolon and tab files, skips blank lines but keeps the spreadsheet's row numbers", async () => {
    expect(await parseCsv("nom;ville\n\nZoé;Québec\n;\nMarc;Laval\n")).toMatchObject({ headers: ["nom", "ville"], rows: [["Zoé", "Québec"], ["Marc", "Laval"]], rowNumbers: [3, 5] });
    expect((await parseCsv("name\tcity\nAnn\tOttawa")).rows).toEqual([["Ann", "Ottawa"]]);
  });

  it("reads files that mix Windows and Unix line breaks, keeping those inside quoted cells", async () => {
    expect((await parseCsv('name,notes\r\nAnn,"two\r\nlines"\nBob,x\rCy,y\r\n')).rows).toEqual([
      ["Ann", "two\r\nlines"],
      ["Bob", "x"],
      ["Cy", "y"],
    ]);
  });

  it("honours Excel's sep= line", async () => {
    expect(await parseCsv("sep=;\nname;city\nAnn, Jr;Ottawa\n")).toMatchObject({ headers: ["name", "city"], rows: [["Ann, Jr", "Ottawa"]], rowNumbers: [3] });
  });

  it("pads short rows, keeps the cells of long ones and drops an empty trailing column", async () => {
    const table = await parseCsv("name,city,\nAnn,Ottawa,\nBob\nCy,Laval,extra\n");
    expect(table.headers).toEqual(["name", "city", ""]);
    expect(table.rows).toEqual([
      ["Ann", "Ottawa", ""],
      ["Bob", "", ""],
      ["Cy", "Laval", "extra"],
    ]);
    expect((await parseCsv("name,city,\nAnn,Ottawa,\n")).headers).toEqual(["name", "city"]);
  });

  it("removes the apostrophe spreadsheets and our export put before a formula-like value", async () => {
    expect((await parseCsv(`phone,name\n"'+1 613 555 0100","'=x"\n`)).rows).toEqual([["+1 613 555 0100", "=x"]]);
  });

  it("reports progress while reading a large file in chunks", async () => {
    const text = "name,city\n" + Array.from({ length: 3000 }, (_, i) => `Person ${i},Ottawa`).join("\n");
    const seen: number[] = [];
    const table = await parseCsv(text, { chunkSize: 4096, onProgress: (p) => seen.push(p.fraction) });
    expect(table.rows).toHaveLength(3000);
    expect(table.rows[2999]).toEqual(["Person 2999", "Ottawa"]);
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.at(-1)).toBe(1);
  });

  it("refuses a file without rows, with too many rows, or with a quote left open", async () => {
    expect(await fileError(parseCsv("name,city\n\n"))).toEqual({ code: "noRows", values: {} });
    expect(await fileError(parseCsv("\n\n"))).toEqual({ code: "noHeader", values: {} });
    const many = "name\n" + "x\n".repeat(IMPORT_LIMITS.rows + 1);
    expect(await fileError(parseCsv(many))).toEqual({ code: "tooManyRows", values: { max: 20_000 } });
    expect((await fileError(parseCsv('name,city\nAnn,Ottawa\n"Bob,Laval\nCy,Hull\n'))).code).toBe("csvUnclosedQuote");
  });
});

describe("XML", () => {
  it("takes the most repeated child of the root as the record and its children as columns", () => {
    const table = parseXml(`<?xml version="1.0" encoding="UTF-8"?>
      <contacts exported="2026-01-01">
        <contact><name>Zoé Gagnon</name><city>Québec</city><postalCode>G1R 4P5</postalCode></contact>
        <contact><name>Marc &amp; Fils</name><phone>01234</phone><city>Laval</city></contact>
      </contacts>`);
    expect(table).toEqual({
      format: "xml",
      headers: ["name", "city", "postalCode", "phone"],
      rows: [
        ["Zoé Gagnon", "Québec", "G1R 4P5", ""],
        ["Marc & Fils", "Laval", "", "01234"],
      ],
      rowNumbers: [1, 2],
    });
  });

  it("accepts attributes, any element names, wrappers, namespaces, CDATA, nested and repeated elements", () => {
    const table = parseXml(`<a:export xmlns:a="urn:x"><a:meta><a:by>me</a:by></a:meta><a:book>
      <a:entry id="1" nom="Léa"><a:adresse><a:rue>1 rue Main</a:rue><a:ville>Lévis</a:ville></a:adresse><a:tag>vip</a:tag><a:tag>b2b</a:tag></a:entry>
      <a:entry id="2" nom="Luc"><a:notes><![CDATA[<fragile> & heavy]]></a:notes></a:entry>
    </a:book></a:export>`);
    expect(table.headers).toEqual(["id", "nom", "adresse/rue", "adresse/ville", "tag", "notes"]);
    expect(table.rows).toEqual([
      ["1", "Léa", "1 rue Main", "Lévis", "vip, b2b", ""],
      ["2", "Luc", "", "", "", "<fragile> & heavy"],
    ]);
  });

  it("reads a single record", () => {
    expect(parseXml("<contacts><contact><name>Ann</name></contact></contacts>")).toMatchObject({ headers: ["name"], rows: [["Ann"]] });
  });

  it("refuses malformed XML with its line, entity declarations and documents without records", async () => {
    await expect(fileError(() => parseXml("<contacts>\n<contact><name>Ann</contact>\n</contacts>"))).resolves.toEqual({ code: "xmlInvalid", values: { line: 2 } });
    await expect(fileError(() => parseXml('<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'))).resolves.toMatchObject({ code: "xmlEntities" });
    await expect(fileError(() => parseXml("<contacts/>"))).resolves.toMatchObject({ code: "xmlNoRecords" });
  });
});

describe("a file", () => {
  it("is read as XML or CSV from its content", async () => {
    expect((await parseImportFile({ name: "export.txt", bytes: bytes("<c><r><n>A</n></r><r><n>B</n></r></c>") })).format).toBe("xml");
    expect(await parseImportFile({ name: "Carnet.CSV", bytes: latin1("Nom;Ville\nZo\xe9;Montr\xe9al") })).toMatchObject({
      format: "csv",
      encoding: "windows-1252",
      headers: ["Nom", "Ville"],
      rows: [["Zoé", "Montréal"]],
    });
  });

  it("refuses files too large, empty, or spreadsheets in their own format", async () => {
    expect(await fileError(parseImportFile({ name: "big.csv", bytes: new Uint8Array(IMPORT_LIMITS.fileBytes + 1) }))).toEqual({ code: "fileTooLarge", values: { max: 5 } });
    expect(await fileError(parseImportFile({ name: "empty.csv", bytes: new Uint8Array(0) }))).toMatchObject({ code: "fileEmpty" });
    expect(await fileError(parseImportFile({ name: "book.xlsx", bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2]) }))).toMatchObject({ code: "fileType" });
  });
});
