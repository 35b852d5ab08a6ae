// mammoth's XML module (lib/xml/index.js), which has no types: the members docx/mammoth.ts and
// the reader's tests use. mammoth reads every XML part through its `readString`.
export interface MammothXmlElement {
  type: 'element';
  name: string;
  attributes: Record<string, string>;
  children: Array<MammothXmlElement | MammothXmlText>;
}

export interface MammothXmlText {
  type: 'text';
  value: string;
}

export interface MammothXml {
  Element: new (
    name: string,
    attributes: Record<string, string>,
    children: Array<MammothXmlElement | MammothXmlText>,
  ) => MammothXmlElement;
  text(value: string): MammothXmlText;
  readString(xml: string, namespaces?: Record<string, string>): PromiseLike<MammothXmlElement>;
}

export async function loadMammothXml(): Promise<MammothXml> {
  // @ts-expect-error -- mammoth publishes no types for its internal modules (see above)
  const loaded: { default: unknown } = await import('mammoth/lib/xml/index.js');
  return loaded.default as MammothXml;
}
