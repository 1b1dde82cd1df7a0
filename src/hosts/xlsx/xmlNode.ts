/** A parsed element of a part and its attributes, as xml.ts gives them and xmlTree.ts reads them. */
export interface XmlAttr {
  /** The qualified name as written ("r:id"). */
  name: string;
  local: string;
  /** The attribute's namespace URI; "" for an unprefixed one (attributes do not take the default namespace). */
  ns: string;
  /** As written between the quotes (entities not decoded). */
  raw: string;
  value: string;
}

/** Prefix → namespace URI in scope ("" is the default namespace). */
export type Scope = Readonly<Record<string, string | undefined>>;

export interface XmlElement {
  /** The qualified name as written ("x:row"). */
  name: string;
  /** The name without its prefix ("row"). */
  local: string;
  /** The element's namespace URI ("" when none). */
  ns: string;
  attrs: XmlAttr[];
  /** Offsets in the text: `<` of the start tag, after its `>`, `<` of the end tag, after the end. */
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  selfClosing: boolean;
  children: XmlElement[];
  /** Decoded character data directly inside the element (CDATA included). */
  text: string;
  /** The namespace bindings in scope here. */
  scope: Scope;
  /** Namespaces declared ignorable here or above (mc:Ignorable), as URIs. */
  ignorable: ReadonlySet<string>;
  /** Whether a child is an mc:AlternateContent (then children are read through it). */
  alternates: boolean;
}
