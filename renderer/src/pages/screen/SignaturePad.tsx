import { Button } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { PAD, type Stroke } from '../../../../shared/screen';

/** A finger or stylus signs on the pad; the strokes are kept in the pad's own 600 × 200 units. */
export function SignaturePad({ onChange }: { onChange: (strokes: Stroke[]) => void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [strokes, setStrokes] = useState<Stroke[]>([]);
  const drawing = useRef<Stroke | null>(null);

  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, PAD.width, PAD.height);
    ctx.lineWidth = 3;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    for (const s of strokes) {
      ctx.beginPath();
      s.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
      ctx.stroke();
    }
  }, [strokes]);

  const at = (e: React.PointerEvent<HTMLCanvasElement>): [number, number] => {
    const r = e.currentTarget.getBoundingClientRect();
    const x = Math.min(PAD.width, Math.max(0, ((e.clientX - r.left) / r.width) * PAD.width));
    const y = Math.min(PAD.height, Math.max(0, ((e.clientY - r.top) / r.height) * PAD.height));
    return [Math.round(x), Math.round(y)];
  };

  return (
    <div className="signature">
      <canvas
        ref={canvas}
        width={PAD.width}
        height={PAD.height}
        aria-label="签名框"
        data-testid="signature-pad"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          drawing.current = [at(e)];
          setStrokes((s) => [...s, drawing.current!]);
        }}
        onPointerMove={(e) => {
          if (!drawing.current) return;
          drawing.current.push(at(e));
          setStrokes((s) => [...s.slice(0, -1), [...drawing.current!]]);
        }}
        onPointerUp={() => {
          drawing.current = null;
          setStrokes((s) => (onChange(s), s));
        }}
      />
      <Button size="large" onClick={() => (setStrokes([]), onChange([]))}>
        重签
      </Button>
    </div>
  );
}
