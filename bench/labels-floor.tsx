// The renderer's floor, measured in the same process as the labels: @react-pdf/renderer drawing
// `count` 4 x 6 in pages, each with one bwip-js barcode as a vector path and one line of text.
// Envoi's labels draw much more than that (addresses, a DataMatrix, blocks); the ratio of their
// time to this floor is what the label bench reports.
import { Document, Page, Path, Svg, Text, renderToBuffer } from "@react-pdf/renderer";
import { code128Shape } from "../lib/labels/barcodes";

export async function renderFloor(count: number): Promise<Uint8Array> {
  const pages = Array.from({ length: count }, (_, i) => {
    const number = String(7_023_210_039_414_604 + i * 7);
    const shape = code128Shape(number);
    return (
      <Page key={i} size={[288, 432]}>
        <Svg width={240} height={60} viewBox={`0 0 ${shape.columns} 1`} preserveAspectRatio="none">
          <Path d={shape.path} fill="#000" />
        </Svg>
        <Text style={{ fontSize: 10 }}>{number}</Text>
      </Page>
    );
  });
  const buffer = await renderToBuffer(<Document>{pages}</Document>);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
