import { Card, Form, Select } from 'antd';
import { useEffect, useState } from 'react';
import { bridge, localPrinter, setLocalPrinter, type PaperSize } from './localPrinter';
import { PRINT_UI } from './printText';

/** 本机打印机: in the desktop shell, which of this PC's printers takes receipts and A4 papers. */
export function LocalPrinters() {
  const [printers, setPrinters] = useState<string[]>([]);
  const [chosen, setChosen] = useState({ receipt: localPrinter('receipt'), a4: localPrinter('a4') });
  useEffect(() => {
    void bridge?.listPrinters().then(setPrinters, () => setPrinters([]));
  }, []);
  if (!bridge) return null;
  const options = [{ value: '', label: PRINT_UI.none }, ...printers.map((p) => ({ value: p, label: p }))];
  const choose = (paper: PaperSize) => (name: string) => {
    setLocalPrinter(paper, name);
    setChosen((c) => ({ ...c, [paper]: name }));
  };
  return (
    <Card title={PRINT_UI.localPrinters} style={{ marginTop: 16 }} data-testid="local-printers">
      <p style={{ color: '#666', marginTop: 0 }}>{PRINT_UI.localHint}</p>
      <Form layout="inline">
        <Form.Item label={PRINT_UI.receiptPrinter}>
          <Select aria-label={PRINT_UI.receiptPrinter} style={{ width: 260 }} value={chosen.receipt} options={options} onChange={choose('receipt')} />
        </Form.Item>
        <Form.Item label={PRINT_UI.a4Printer}>
          <Select aria-label={PRINT_UI.a4Printer} style={{ width: 260 }} value={chosen.a4} options={options} onChange={choose('a4')} />
        </Form.Item>
      </Form>
    </Card>
  );
}
