import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import type { LetterPreview } from '../../../../shared/schemas/letters';

// The letter as an A4 page in HTML, laid out like the PDF builder (electron/main/documents/build/
// letter.ts): centred title, salutation flush left, paragraphs indented two characters (zh),
// 此致 indented and 敬礼 flush left, signature and date at the lower right, enclosures last.
// Missing fields show as highlighted placeholders. The PDF stays the reference.

type Spans = LetterPreview['title'];

function SpansView({ spans }: { spans: Spans }) {
  return (
    <>
      {spans.map((s, i) =>
        s.missing ? (
          <mark key={i} data-missing="true" style={{ background: '#fff1b8', color: '#ad4e00', fontWeight: 700, padding: '0 2px' }}>
            {s.text}
          </mark>
        ) : s.bold ? (
          <strong key={i}>{s.text}</strong>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

const PT = 1.1; // screen pixels per PDF point

/** Zoom that fits an A4 page of `PT` into the frame: a 1280 px laptop shows the whole width, never a cut page. */
function useFitZoom() {
  const frame = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState(1);
  useLayoutEffect(() => {
    const el = frame.current;
    if (!el) return;
    const fit = () => setZoom(Math.min(1, (el.clientWidth - 32) / (595 * PT)));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { frame, zoom };
}

export function LetterPreviewView({ preview }: { preview: LetterPreview }) {
  const zh = preview.locale !== 'en';
  const { frame, zoom } = useFitZoom();
  const page: CSSProperties = {
    width: 595 * PT,
    minHeight: 842 * PT,
    padding: `${56 * PT}px ${72 * PT}px ${64 * PT}px`,
    background: '#fff',
    boxShadow: '0 1px 6px rgba(0,0,0,0.15)',
    fontFamily: zh ? '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif' : '"Noto Sans", "Segoe UI", sans-serif',
    fontSize: 12 * PT,
    lineHeight: zh ? 1.5 : 1.3,
    color: '#000',
    position: 'relative',
    margin: '0 auto',
    zoom,
  };
  const indent = zh ? '2em' : 0;
  return (
    <div ref={frame} style={{ background: '#f0f0f0', padding: 16, overflow: 'auto' }} data-testid="letter-preview">
      <div style={page} lang={preview.locale}>
        {!zh && <p style={{ margin: `0 0 ${14 * PT}px` }}>{preview.date}</p>}
        <h2 style={{ fontSize: 18 * PT, fontWeight: 700, textAlign: 'center', margin: `${4 * PT}px 0 ${16 * PT}px` }}>
          <SpansView spans={preview.title} />
        </h2>
        <p style={{ margin: `0 0 ${6 * PT}px` }}>
          <SpansView spans={preview.salutation} />
        </p>
        {preview.blocks.map((b, i) => {
          if (b.kind === 'paragraph') {
            return (
              <p key={i} style={{ textIndent: indent, textAlign: zh ? 'justify' : 'left', margin: `0 0 ${(zh ? 4 : 8) * PT}px`, whiteSpace: 'pre-wrap' }}>
                <SpansView spans={b.spans} />
              </p>
            );
          }
          if (b.kind === 'list') {
            const Tag = b.ordered ? 'ol' : 'ul';
            return (
              <Tag key={i} style={{ margin: `0 0 ${(zh ? 6 : 8) * PT}px`, paddingLeft: zh ? '3.5em' : '2em' }}>
                {b.items.map((item, j) => (
                  <li key={j}>
                    <SpansView spans={item} />
                  </li>
                ))}
              </Tag>
            );
          }
          return (
            <table key={i} style={{ width: `calc(100% - ${indent})`, marginLeft: indent, borderCollapse: 'collapse', fontSize: 10.5 * PT, margin: `${4 * PT}px 0 ${10 * PT}px ${zh ? '2em' : 0}` }}>
              <tbody>
                <tr style={{ borderTop: '1px solid #595959', fontWeight: 700 }}>
                  <td style={{ padding: '3px 2px' }}>{b.headers[0]}</td>
                  <td style={{ padding: '3px 2px', textAlign: 'right' }}>{b.headers[1]}</td>
                </tr>
                {b.rows.map((r, j) => (
                  <tr key={j} style={{ borderTop: j === 0 ? '1px solid #595959' : '0.5px solid #bfbfbf' }}>
                    <td style={{ padding: '3px 2px' }}>{r.label}</td>
                    <td style={{ padding: '3px 2px', textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{r.amount}</td>
                  </tr>
                ))}
                {b.total !== null && (
                  <tr style={{ borderTop: '1px solid #595959', borderBottom: '1px solid #595959', fontWeight: 700 }}>
                    <td style={{ padding: '3px 2px' }}>{b.totalLabel}</td>
                    <td style={{ padding: '3px 2px', textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{b.total}</td>
                  </tr>
                )}
              </tbody>
            </table>
          );
        })}
        <div style={{ marginTop: 10 * PT }}>
          <p style={{ margin: 0, textIndent: indent }}>{preview.closing.lead}</p>
          {preview.closing.salute && <p style={{ margin: 0 }}>{preview.closing.salute}</p>}
          <div style={{ display: 'flex', justifyContent: zh ? 'flex-end' : 'flex-start', marginTop: (zh ? 18 : 30) * PT }}>
            <div>
              {preview.signature.map((line, i) => (
                <div key={i}>{line}</div>
              ))}
              {zh && <div style={{ marginTop: 4 * PT }}>{preview.date}</div>}
            </div>
          </div>
        </div>
        {preview.enclosures.length > 0 && (
          <div style={{ marginTop: 24 * PT }}>
            <div style={{ fontWeight: zh ? 400 : 700 }}>{preview.enclosuresLabel}</div>
            <ol style={{ margin: 0, paddingLeft: zh ? '3.5em' : '2em' }}>
              {preview.enclosures.map((e, i) => (
                <li key={i}>
                  <SpansView spans={e} />
                </li>
              ))}
            </ol>
          </div>
        )}
        <div style={{ position: 'absolute', left: 72 * PT, right: 72 * PT, bottom: 24 * PT, fontSize: 9 * PT, color: '#555' }}>{preview.caseReference}</div>
      </div>
    </div>
  );
}
