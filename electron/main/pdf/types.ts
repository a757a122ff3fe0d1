// The subset of pdfmake's document definition that Parley's builders produce.
//
// Document definitions here are plain data (no functions) so that they can be built by pure
// functions, compared in tests, and posted to a worker thread. Running headers and footers
// are written as templates: any string in `header` / `footer` may contain {{page}} and
// {{pages}}, which render.ts fills in for each page.

export type Alignment = 'left' | 'center' | 'right' | 'justify';

/** [left, top, right, bottom], [horizontal, vertical] or one value for all sides, in points. */
export type Margin = number | [number, number] | [number, number, number, number];

export interface StyleProps {
  font?: string;
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  alignment?: Alignment;
  /** Multiplier of the font's natural line height. */
  lineHeight?: number;
  /** First-line indent of a paragraph, in points (Chinese paragraphs indent two characters). */
  leadingIndent?: number;
  characterSpacing?: number;
  noWrap?: boolean;
  decoration?: 'underline' | 'lineThrough' | 'overline';
  fillColor?: string;
}

export interface NodeProps extends StyleProps {
  style?: string | string[];
  margin?: Margin;
  pageBreak?: 'before' | 'after';
  /** Keeps the node on one page when it fits (e.g. the closing and signature block). */
  unbreakable?: boolean;
  /** What the node is (title, closing, …), for tests and later tooling; pdfmake ignores it. */
  role?: string;
}

/** A run of text inside a paragraph. */
export type Inline = string | (StyleProps & { text: string | Inline[] });

export interface TextNode extends NodeProps {
  text: string | Inline[];
}

export interface StackNode extends NodeProps {
  stack: Content[];
}

export interface ColumnsNode extends NodeProps {
  columns: (Content & { width?: number | string })[];
  columnGap?: number;
}

export interface ListNode extends NodeProps {
  ul?: Content[];
  ol?: Content[];
  markerColor?: string;
}

export interface TableCellProps {
  colSpan?: number;
  rowSpan?: number;
  border?: [boolean, boolean, boolean, boolean];
}

export type TableCell = string | ((TextNode | StackNode) & TableCellProps) | Record<string, never>;

export interface TableNode extends NodeProps {
  table: {
    headerRows?: number;
    dontBreakRows?: boolean;
    widths?: (number | string)[];
    body: TableCell[][];
  };
  /** A named pdfmake layout or one of Parley's data layouts (see render.ts). */
  layout?: string;
}

export interface ImageNode extends NodeProps {
  /** Key into DocDefinition.images. */
  image: string;
  width?: number;
  height?: number;
  fit?: [number, number];
}

export interface LineNode extends NodeProps {
  canvas: { type: 'line'; x1: number; y1: number; x2: number; y2: number; lineWidth?: number; lineColor?: string }[];
}

export type ContentNode = TextNode | StackNode | ColumnsNode | ListNode | TableNode | ImageNode | LineNode;
export type Content = string | ContentNode | Content[];

export interface DocDefinition {
  pageSize?: 'A4';
  pageOrientation?: 'portrait' | 'landscape';
  pageMargins?: [number, number, number, number];
  /** BCP 47 language of the document, written into the PDF catalog. */
  language?: string;
  info?: { title?: string; author?: string; subject?: string; keywords?: string };
  content: Content;
  header?: Content;
  footer?: Content;
  styles?: Record<string, StyleProps & { margin?: Margin }>;
  defaultStyle?: StyleProps;
  /** name -> data URL (data:image/png;base64,… or data:image/jpeg;base64,…). */
  images?: Record<string, string>;
}
